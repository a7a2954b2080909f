/**
 * Where a JSON text stops being JSON, for the loader's line: "value expected at line 3,
 * column 12". Found by jsonc-parser, loaded only when JSON.parse has already failed.
 */
export async function jsonErrorPosition(text: string): Promise<string> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: a text nested thousands deep overflows the stack. Say so plainly.
    return 'nested too deeply to read';
  }
  const first = errors[0];
  if (!first) return 'unexpected content';
  const before = text.slice(0, first.offset).split('\n');
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${what} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
