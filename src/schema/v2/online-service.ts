/** The online-service elements of an item: where it can be handled online, and the 是否… service flags. */
import { Type } from "typebox";

/** 是否… flags: a service an item offers (true) or not; a lower level may not switch one off. */
export const onlineServiceFlags = {
  online: Type.Optional(Type.Boolean({ title: "是否网办", description: "Whether the item can be handled online." })),
  appointment: Type.Optional(Type.Boolean({ title: "是否支持预约办理", description: "Whether applicants can book an appointment." })),
  onlinePayment: Type.Optional(Type.Boolean({ title: "是否支持网上支付", description: "Whether fees can be paid online." })),
  expressDelivery: Type.Optional(Type.Boolean({ title: "是否支持物流快递", description: "Whether materials and results can travel by express delivery." })),
  selfServiceTerminal: Type.Optional(Type.Boolean({ title: "是否支持自助终端办理", description: "Whether the item can be handled at a self-service terminal." })),
  serviceHall: Type.Optional(Type.Boolean({ title: "是否进驻政务服务大厅", description: "Whether the item is handled in a government service hall." })),
};

/** The online-service properties of a standard (and so implementation) item. */
export const onlineServiceProperties = {
  ...onlineServiceFlags,
  onlineUrl: Type.Optional(Type.String({ title: "网办地址", description: "URL where the item is handled online.", maxLength: 1000 })),
  mobileUrl: Type.Optional(Type.String({ title: "移动端办理地址", description: "URL or app page where the item is handled on a phone.", maxLength: 1000 })),
};
