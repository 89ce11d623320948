// A phrase is a sentence with its untrusted parts marked, so each output escapes them its own way.

/** Our own wording (trusted), a name shown as code, or untrusted free text. */
export type PhrasePart = string | { code: string } | { text: string };
export type Phrase = PhrasePart[];

export function code(value: string): { code: string } {
  return { code: value };
}

export function untrusted(value: string): { text: string } {
  return { text: value };
}

/** Joins phrases with a separator of our own wording. */
export function joinPhrases(phrases: Phrase[], separator: string, last = separator): Phrase {
  const joined: Phrase = [];
  phrases.forEach((phrase, index) => {
    if (index > 0) joined.push(index === phrases.length - 1 ? last : separator);
    joined.push(...phrase);
  });
  return joined;
}

export function renderPhrase(
  phrase: Phrase,
  render: { plain: (s: string) => string; code: (s: string) => string; text: (s: string) => string },
): string {
  return phrase
    .map((part) => (typeof part === 'string' ? render.plain(part) : 'code' in part ? render.code(part.code) : render.text(part.text)))
    .join('');
}
