// Markdown inline markup in report text: headings, bold/italic markers and autolinks are
// formatting, not content.

export interface CleanLine {
  text: string;
  /** Marked as a heading by "#" or by being bold as a whole. */
  heading: boolean;
}

export function stripInline(s: string): string {
  return s
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/<((?:https?|ftp):\/\/[^>\s]+)>/g, '$1');
}

export function cleanTextLine(line: string): CleanLine {
  let t = line.trim();
  let heading = false;
  const h = /^#{1,6}\s+(.*?)\s*#*$/.exec(t);
  if (h) {
    t = h[1]!;
    heading = true;
  }
  if (/^\*\*[^*].*\*\*$/.test(t) && !t.slice(2, -2).includes('**')) heading = true;
  return { text: stripInline(t).trim(), heading };
}
