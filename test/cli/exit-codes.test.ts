/** Exit codes tell a bad input (2) from a bug in zwfw (70); both print one line, never a stack. */
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("exit codes", () => {
  it("an internal error exits 70 with one line asking to report it, in the run's language", () => {
    const zh = runCli(["validate", "examples/4-county-gusu.json"], { env: { ZWFW_TEST_INTERNAL_ERROR: "1" } });
    expect(zh.code).toBe(70);
    expect(zh.stderr).toBe("zwfw: 内部错误：ZWFW_TEST_INTERNAL_ERROR is set。这是 zwfw 的缺陷，请附上命令和输入报告给维护者（设 ZWFW_DEBUG=1 可看调用栈）\n");
    const en = runCli(["validate", "examples/4-county-gusu.json", "--locale", "en"], { env: { ZWFW_TEST_INTERNAL_ERROR: "1" } });
    expect([en.code, en.stderr]).toEqual([70, "zwfw: internal error: ZWFW_TEST_INTERNAL_ERROR is set. This is a bug in zwfw; please report it with the command and input (ZWFW_DEBUG=1 shows the stack)\n"]);
  });

  it("an input error exits 2, and a clean run 0, with the hook unset", () => {
    const input = runCli(["validate", "no-such-file.json"]);
    expect([input.code, input.stderr]).toEqual([2, "zwfw: no-such-file.json: 文件不存在\n"]);
    expect(runCli(["validate", "examples/4-county-gusu.json"]).code).toBe(0);
  });

  it("the exit-code help line names all four codes", () => {
    expect(runCli(["--help", "--locale", "en"]).stdout.replace(/\s+/g, " ")).toContain("Exit codes: 0 no error; 1 errors found (or warnings over --max-warnings); 2 usage or input error; 70 internal error");
  });
});
