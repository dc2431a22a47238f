// Message templates, rendered only at the edges (checker, panel, popup, exports): {name} puts a
// value in, {name, plural, one {…} other {…}} picks the language's plural form, # inside a branch
// is the number. A list value is joined the way the language joins lists.

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export type MessageValue = string | number | readonly (string | number)[];
export type MessageData = Readonly<Record<string, MessageValue>>;

const LIST_JOIN: Record<Lang, string> = { zh: '、', en: ', ' };
const plurals = new Map<Lang, Intl.PluralRules>();
const pluralRule = (lang: Lang): Intl.PluralRules => {
  let r = plurals.get(lang);
  if (!r) plurals.set(lang, (r = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en')));
  return r;
};

function show(v: MessageValue | undefined, lang: Lang): string {
  if (v === undefined) return '';
  return Array.isArray(v) ? v.join(LIST_JOIN[lang]) : String(v);
}

/** The end of the brace group that opens at `open`. */
function closing(t: string, open: number): number {
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '{') depth++;
    else if (t[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in message template: ${t}`);
}

function plural(body: string, n: number, data: MessageData, lang: Lang): string {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const m = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!m) break;
    const open = i + m[0].length - 1;
    const end = closing(body, open);
    branches.set(m[1]!, body.slice(open + 1, end));
    i = end + 1;
  }
  const branch = branches.get(`=${n}`) ?? branches.get(pluralRule(lang).select(n)) ?? branches.get('other') ?? '';
  return format(branch.replace(/#/g, String(n)), data, lang);
}

export function format(template: string, data: MessageData, lang: Lang): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) return out + template.slice(i);
    out += template.slice(i, open);
    const end = closing(template, open);
    const inner = template.slice(open + 1, end);
    const m = /^\s*(\w+)\s*(?:,\s*plural\s*,([\s\S]*))?$/.exec(inner);
    if (!m) throw new Error(`bad placeholder {${inner}} in message template: ${template}`);
    out += m[2] !== undefined ? plural(m[2], Number(data[m[1]!] ?? 0), data, lang) : show(data[m[1]!], lang);
    i = end + 1;
  }
  return out;
}
