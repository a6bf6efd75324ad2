// The small markdown the fixture articles are written in: paragraphs separated by blank lines, "## " headings,
// "- " bullets, "> " quotes, [links](url) and **bold**. Enough for news prose; anything else is a paragraph.

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>');
}

/** The blocks of a markdown body, as split by blank lines. */
export function markdownBlocks(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

/** Renders one block to HTML. */
function renderBlock(block: string): string {
  const lines = block.split('\n').map((l) => l.trim());
  if (lines[0]?.startsWith('## ')) return `<h2>${inline(lines.join(' ').slice(3))}</h2>`;
  if (lines.every((l) => l.startsWith('- ')))
    return `<ul>\n${lines.map((l) => `  <li>${inline(l.slice(2))}</li>`).join('\n')}\n</ul>`;
  if (lines.every((l) => l.startsWith('>'))) {
    return `<blockquote><p>${inline(lines.map((l) => l.replace(/^>\s?/, '')).join(' '))}</p></blockquote>`;
  }
  return `<p>${inline(lines.join(' '))}</p>`;
}

/** Renders a markdown body to HTML, one element per block. */
export function renderMarkdown(markdown: string): string {
  return markdownBlocks(markdown).map(renderBlock).join('\n');
}

/** Plain text of a block: markup removed, for descriptions and feed summaries. */
export function plainText(block: string): string {
  return block
    .replace(/^(##|-|>)\s?/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A description of at most `max` characters, cut at a word, from the body's first paragraph. */
export function summarise(markdown: string, max = 200): string {
  const first = markdownBlocks(markdown).find((b) => !/^(##|-|>)/.test(b)) ?? '';
  const text = plainText(first);
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;
}
