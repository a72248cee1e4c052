/** Semver bumps (release:check decides the version with these): their order, the largest of several, and the bump a list of changes requires. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUMPS, bumpOf, compareBumps, isBump, maxBump, type Bump } from "../../src/diff/index.js";

const bump = fc.constantFrom(...BUMPS);
const change = (backward: boolean, forward: boolean) => ({ backward, forward });

describe("bumps", () => {
  it("are ordered none < patch < minor < major", () => {
    expect(BUMPS).toEqual(["none", "patch", "minor", "major"]);
    expect(compareBumps("patch", "minor")).toBeLessThan(0);
    expect(compareBumps("major", "minor")).toBeGreaterThan(0);
    expect(compareBumps("minor", "minor")).toBe(0);
  });

  it("isBump accepts the four names only", () => {
    for (const b of BUMPS) expect(isBump(b)).toBe(true);
    for (const other of ["Major", "", "breaking", undefined, 3, ["major"]]) expect(isBump(other)).toBe(false);
  });

  it("maxBump is the largest given, and none for none", () => {
    expect(maxBump()).toBe("none");
    expect(maxBump("patch")).toBe("patch");
    expect(maxBump("minor", "patch", "none")).toBe("minor");
    expect(maxBump("patch", "major", "minor")).toBe("major");
    fc.assert(fc.property(fc.array(bump), (bumps: Bump[]) => {
      const max = maxBump(...bumps);
      expect(bumps.every((b) => compareBumps(b, max) <= 0)).toBe(true);
      expect(bumps.length === 0 ? max === "none" : bumps.includes(max)).toBe(true);
    }));
  });

  it("bumpOf: major when any change breaks old documents, else minor when any breaks old readers, else patch when any, else none", () => {
    expect(bumpOf([])).toBe("none");
    expect(bumpOf([change(true, true)])).toBe("patch");
    expect(bumpOf([change(true, true), change(true, false)])).toBe("minor");
    expect(bumpOf([change(true, false), change(true, true)])).toBe("minor");
    expect(bumpOf([change(true, true), change(false, true)])).toBe("major");
    expect(bumpOf([change(false, true), change(true, false)])).toBe("major");
    expect(bumpOf([change(true, false), change(false, false)])).toBe("major");
  });
});
