/**
 * Where a JSON text is broken, as `file:line:column`: Node 20's JSON.parse names the position for some mistakes
 * ("... in JSON at position 42") but not for others ("Unexpected token '}', ..."), so the position is found here.
 */

/** Whether JSON.parse finds nothing wrong with a prefix except that it stops (the rest would follow). */
const endsEarly = (prefix: string): boolean => {
  try {
    JSON.parse(prefix);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const position = /at position (\d+)/.exec(message)?.[1];
    return /end of JSON input/.test(message) || (position !== undefined && Number(position) >= prefix.length);
  }
};

/**
 * The offset of the first character JSON.parse refuses. Its message does not always say, so this finds the
 * longest prefix that is still a valid beginning of a JSON text (halving the search each time).
 */
function syntaxErrorOffset(text: string): number {
  let valid = 0;
  let invalid = text.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    if (endsEarly(text.slice(0, middle))) valid = middle;
    else invalid = middle;
  }
  return valid;
}

/** What JSON.parse refused, as `file:line:column: not valid JSON: ...` on one line. */
export function jsonSyntaxProblem(text: string, file: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/, .*is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '');
  const offset = /end of JSON input/.test(message) || endsEarly(text) ? text.length : syntaxErrorOffset(text);
  const before = text.slice(0, offset).split('\n');
  return `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}: not valid JSON: ${message}`;
}
