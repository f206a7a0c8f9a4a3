/**
 * Finds where and why JSON text is malformed, the same way in every engine (their messages differ,
 * and V8's often give no position). Only called after JSON.parse has failed: a page loads this module
 * only for a broken file.
 */
import type { Problem } from './types.js';

export interface JsonSyntaxError {
  line: number;
  column: number;
  reason: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let at = 0;
  const unexpected = (): never => {
    throw new Stop(at, at >= text.length ? 'the file ends too early' : `unexpected ${JSON.stringify(text[at])}`);
  };
  const skipWhitespace = () => {
    while (at < text.length && WHITESPACE.has(text[at]!)) at += 1;
  };
  const expect = (character: string) => {
    skipWhitespace();
    if (text[at] === character) return void (at += 1);
    if (at >= text.length) unexpected();
    throw new Stop(at, `expected "${character}", found ${JSON.stringify(text[at])}`);
  };
  const string = () => {
    at += 1;
    while (at < text.length) {
      const character = text[at]!;
      if (character === '"') return void (at += 1);
      if (character < ' ') throw new Stop(at, 'a line break or control character inside a string');
      at += character === '\\' ? 2 : 1;
    }
    unexpected();
  };
  const word = (expected: string) => {
    for (const character of expected) {
      if (text[at] !== character) unexpected();
      at += 1;
    }
  };
  const list = (close: string, member: () => void) => {
    at += 1;
    skipWhitespace();
    if (text[at] === close) return void (at += 1);
    for (;;) {
      member();
      skipWhitespace();
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      if (text[at] !== close) {
        if (at < text.length) throw new Stop(at, `expected "," or "${close}", found ${JSON.stringify(text[at])}`);
        unexpected();
      }
      return void (at += 1);
    }
  };
  const value = (): void => {
    skipWhitespace();
    const character = text[at];
    if (character === '{') {
      list('}', () => {
        skipWhitespace();
        if (text[at] !== '"') throw new Stop(at, at >= text.length ? 'the file ends too early' : 'expected a name in double quotes');
        string();
        expect(':');
        value();
      });
    } else if (character === '[') list(']', value);
    else if (character === '"') string();
    else if (character === 't') word('true');
    else if (character === 'f') word('false');
    else if (character === 'n') word('null');
    else {
      NUMBER.lastIndex = at;
      if (!NUMBER.test(text)) unexpected();
      at = NUMBER.lastIndex;
    }
  };
  try {
    value();
    skipWhitespace();
    if (at < text.length) unexpected();
    return undefined;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1, reason: error.reason };
  }
}

/** The problem of JSON text that `JSON.parse` refused with `error`: where (line and column) and why. */
export function jsonSyntaxProblem(text: string, error: unknown): Problem {
  const found = findJsonSyntaxError(text);
  const where = found ? ` (line ${found.line}, column ${found.column}): ${found.reason}` : `: ${String(error)}`;
  return { pointer: '', message: `the file is not valid JSON${where}; nothing can be shown.` };
}

/** Parses JSON text; a syntax error becomes a problem that says where (line and column) and why. */
export function parseJson(text: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return { problem: jsonSyntaxProblem(text, error) };
  }
}
