/** Named constants for the code sets, so code reads `ItemType.License` instead of "01". */

/** 事项类型 (A.1). */
export const ItemType = {
  License: "01", Penalty: "02", Enforcement: "03", Levy: "04", Benefit: "05", Inspection: "06",
  Confirmation: "07", Reward: "08", Adjudication: "09", OtherPower: "10", PublicService: "20", LocalOther: "99",
} as const;

/** 行使层级 (A.2). */
export const Level = { National: "1", Province: "2", City: "3", County: "4", Township: "5", Village: "6" } as const;

/** 实施主体性质 (A.3). */
export const AgencyNature = { StatutoryAuthority: "1", Authorised: "2", Entrusted: "3", Other: "9" } as const;

/** 服务对象 (A.4). */
export const ServiceObject = {
  NaturalPerson: "1", Enterprise: "2", PublicInstitution: "3", SocialOrganisation: "4", AdministrativeOrgan: "5", OtherOrganisation: "6",
} as const;

/** 办理形式 (A.5). */
export const HandlingForm = { Window: "1", OnlineDesktop: "2", OnlineMobile: "3", Express: "4", Other: "9" } as const;

/** 办件类型 (A.6). */
export const HandlingType = { Immediate: "1", Promised: "2", Other: "9" } as const;

/** 网上办理深度 (0 = not online, 1..4 = Ⅰ..Ⅳ). */
export const OnlineDepth = { None: 0, I: 1, II: 2, III: 3, IV: 4 } as const;

/** 时限单位. */
export const TimeUnit = { WorkingDay: "working_day", NaturalDay: "natural_day" } as const;

/** 材料必要性. */
export const Necessity = { Required: "required", Optional: "optional", Deferrable: "deferrable" } as const;

/** 目录类型. */
export const CatalogueKind = { Basic: "basic", Standard: "standard", Implementation: "implementation" } as const;
