/** The tool that wrote a report, as JSON, SARIF and JUnit reports name it. */

/** Name and version of zwfw-standard (the version is set at build time). */
export const TOOL = { name: "zwfw-standard", version: process.env.ZWFW_VERSION ?? "0.0.0" } as const;
