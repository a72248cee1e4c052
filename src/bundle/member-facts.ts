/** The facts of items and bundles the rules and the figures read: time, materials in reach, 免提交. */
import { normalizeText } from "../conformance/normalize.js";
import type { Data } from "../rules/rule.js";
import type { ResolvedMember } from "./bundle-rule.js";

/** The object elements of a list with their indexes (rules stay defensive on odd input). */
export function objectsOf(list: unknown): [number, Data][] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((v, i) => (typeof v === "object" && v !== null ? [[i, v as Data] as [number, Data]] : []));
}

/** The members found in some implementation list. */
export const foundMembers = (members: readonly ResolvedMember[]) => members.filter((m): m is ResolvedMember & { item: Data; list: number; itemPath: string } => m.item !== undefined);

/** A promised time limit ({ value, unit }) of an item or bundle, when well-formed. */
export function promisedOf(entity: Data): { value: number; unit: string } | undefined {
  const p = entity.timeLimit?.promised;
  return p && typeof p.value === "number" && typeof p.unit === "string" ? { value: p.value, unit: p.unit } : undefined;
}

/** The members' promised times summed in their one unit; `mixed` when they use more than one; undefined when one has none. */
export function memberTimeSum(members: readonly Data[]): { value: number; unit: string } | "mixed" | undefined {
  const times = members.map(promisedOf);
  if (times.length === 0 || times.some((t) => t === undefined)) return undefined;
  const units = new Set(times.map((t) => t!.unit));
  if (units.size > 1) return "mixed";
  return { value: times.reduce((sum, t) => sum + t!.value, 0), unit: times[0]!.unit };
}

/**
 * Whether a material need not be submitted (免提交: an electronic licence, shared data or a commitment
 * replaces it). The one place that reads the flag, so the rules and the figures agree.
 */
export function isExempt(material: Data): boolean {
  return material.exemptible === true;
}

/** Whether a material must be submitted: required and not 免提交. */
export const mustSubmit = (material: Data) => material.necessity === "required" && !isExempt(material);

/**
 * The ids of a member's situations that the bundle reaches: those the bundle's situations name by the
 * same `id` (situations match across documents by id, as materials do). A bundle that names none of
 * the member's situations narrows nothing, so every situation is reached.
 */
function reachedSituations(bundle: Data, member: Data): Data[] {
  const own = objectsOf(member.situations).map(([, s]) => s);
  const named = new Set(objectsOf(bundle.situations).map(([, s]) => s.id));
  const reached = own.filter((s) => named.has(s.id));
  return reached.length > 0 ? reached : own;
}

/**
 * The required materials of a member in the situations the bundle reaches, with their indexes: a
 * material named by a reached situation, or by no situation at all (it applies in every case).
 */
export function requiredInReach(bundle: Data, member: Data): [number, Data][] {
  const materials = objectsOf(member.materials).filter(([, m]) => m.necessity === "required");
  const situations = objectsOf(member.situations).map(([, s]) => s);
  if (situations.length === 0) return materials;
  const named = new Set(situations.flatMap((s) => (Array.isArray(s.materials) ? s.materials : [])));
  const reached = new Set(reachedSituations(bundle, member).flatMap((s) => (Array.isArray(s.materials) ? s.materials : [])));
  return materials.filter(([, m]) => !named.has(m.id) || reached.has(m.id));
}

/** Whether the bundle's set covers a member's material: by `replaces`, by material id, or by normalised name. */
export function coveredByBundle(bundle: Data, memberCode: string, material: Data): boolean {
  return objectsOf(bundle.materials).some(([, b]) =>
    objectsOf(b.replaces).some(([, r]) => r.implementationCode === memberCode && typeof material.id === "string" && r.materialId === material.id)
    || (typeof b.id === "string" && b.id === material.id)
    || (normalizeText(b.name) !== "" && normalizeText(b.name) === normalizeText(material.name)));
}
