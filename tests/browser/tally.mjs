// The count one page gate keeps: every check counted, a failure printed
// with what was found, and at the end one line "N passed, N failed" and an
// exit code that is non-zero on any failure. Each gate script kept its own
// copy of this before.

/**
 * A new count. With `verbose`, every check is printed (`ok  name` or
 * `FAIL name (detail)`), as the gates that make few checks do; without,
 * only failures, each with its detail on the next line.
 */
export function tally({ verbose = false } = {}) {
  let passed = 0;
  let failed = 0;
  return {
    check(name, ok, detail = "") {
      if (ok) passed += 1;
      else failed += 1;
      if (verbose) console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ` (${detail})` : ""}`);
      else if (!ok) console.log(`FAIL ${name}${detail ? "\n     " + detail : ""}`);
    },
    /** Prints the closing line, `label: ` first when given, and exits. */
    finish(label = "") {
      console.log(`${label ? `${label}: ` : ""}${passed} passed, ${failed} failed`);
      process.exit(failed === 0 ? 0 : 1);
    },
  };
}
