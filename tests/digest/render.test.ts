import { describe, expect, it } from 'vitest';
import type { DigestContent } from '../../src/digest/index.ts';
import { renderDigest } from '../../src/digest/index.ts';

// Conflicts against one earlier claim are one disagreement: the digest shows it once, with every outlet.

const earlier =
  'NMDOJ conducted undercover operations using decoy accounts representing children 14 and under.';
const conflict = (mentionId: number, site: string, sentence: string) => ({
  mentionId,
  sentence,
  articleUrl: `https://${site.toLowerCase().replace(/\W+/g, '')}.example/${mentionId}`,
  site,
  knownText: earlier,
  knownSource: 'KZNM News 8',
  knownLabel: 'Said earlier',
  detail: 'under 14 ≠ 14 and under: interval differs at 14',
});

const content: DigestContent = {
  caseName: 'State of New Mexico v. Meta Platforms, Inc.',
  shortName: 'New Mexico v. Meta',
  periodStart: '2026-03-24T08:00:00.000Z',
  periodEnd: '2026-03-25T08:00:00.000Z',
  conflicts: [
    conflict(1, 'Continental Wire', 'Agents posed as children under 14.'),
    conflict(2, 'The Sandia Courier', 'Investigators posed as users under 14.'),
    conflict(3, 'High Desert Public Radio', 'The decoys were children under 14.'),
    {
      ...conflict(4, 'The Heartland Feed', 'The jury imposed $357 million.'),
      knownText: 'The jury imposed $375 million.',
    },
  ],
  updates: [],
  stories: [],
  claims: [],
  edits: [],
};
const recipient = {
  email: 'r@example.org',
  frequency: 'daily',
  unsubscribeUrl: 'http://127.0.0.1:8080/u?t=1',
};

describe('the digest’s conflicting claims', () => {
  it('shows the claims that contradict one earlier claim once, naming every outlet that said them', () => {
    const { html, text, subject } = renderDigest(content, recipient);
    expect(subject).toMatch(/^4 conflicting claims/);
    // One box for the three against the same earlier claim, one for the other.
    expect(html.split(earlier).length - 1).toBe(1);
    expect(html).toContain('Agents posed as children under 14.');
    expect(html).not.toContain('Investigators posed as users under 14.');
    expect(html).toMatch(
      /also said by <a[^>]*>The Sandia Courier<\/a>, <a[^>]*>High Desert Public Radio<\/a>/,
    );
    expect(html).toContain('The jury imposed $357 million.');
    expect(text).toContain(
      'also said by: The Sandia Courier https://thesandiacourier.example/2; High Desert Public Radio',
    );
  });
});
