/** fast-check arbitraries that mutate example items: duplicates, broken fields, removed fields. */
import fc from "fast-check";

type Item = Record<string, any>;

/** One way to damage an item (each triggers a schema error or a rule). */
const MUTATIONS: ((item: Item) => void)[] = [
  (item) => delete item.name,
  (item) => (item.visits = -1),
  (item) => (item.visits = 3),
  (item) => (item.onlineDepth = 4),
  (item) => (item.fees = { charged: true, items: [] }),
  (item) => (item.level = "2"),
  (item) => (item.type = "20"),
  (item) => (item.implementationCode = "X"),
  (item) => (item.agency = typeof item.agency?.creditCode === "string" ? { ...item.agency, creditCode: item.agency.creditCode.slice(0, 17) + "0" } : { name: "x" }),
  (item) => (item.extra = true),
  (item) => (item.timeLimit = { statutory: { value: 5, unit: "working_day" }, promised: { value: 9, unit: "working_day" } }),
  (item) => (item.materials = "none"),
];

/** A list of 0–12 items drawn from `pool`, some repeated (duplicates), some mutated. */
export function mutatedItems(pool: Item[]): fc.Arbitrary<Item[]> {
  const entry = fc.record({
    pick: fc.nat({ max: pool.length - 1 }),
    mutations: fc.array(fc.nat({ max: MUTATIONS.length - 1 }), { maxLength: 2 }),
  });
  return fc.array(entry, { maxLength: 12 }).map((entries) =>
    entries.map(({ pick, mutations }) => {
      const item = structuredClone(pool[pick]!);
      for (const m of mutations) MUTATIONS[m]!(item);
      return item;
    }),
  );
}
