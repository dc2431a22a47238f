// The part of web-ext's programmatic API the tests use (the package ships no types).
declare module 'web-ext' {
  interface LintResult {
    errors: { code: string; file?: string }[];
    warnings: { code: string; file?: string }[];
  }
  const webExt: {
    cmd: { lint: (params: Record<string, unknown>, options: { shouldExitProgram: boolean }) => Promise<LintResult> };
  };
  export default webExt;
}
