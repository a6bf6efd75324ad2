import type { OutletSite } from './site-model.ts';

/** The part of every template's view that describes the outlet: name, addresses, navigation, feeds. */
export function siteView(outlet: OutletSite): { site: Record<string, unknown> } {
  const { config } = outlet.content;
  const firstOf = (...kinds: string[]): string | null => {
    const feed = config.feeds.find((f) => kinds.includes(f.kind));
    return feed ? outlet.base + feed.path : null;
  };
  return {
    site: {
      id: outlet.content.id,
      name: config.name,
      tagline: config.tagline,
      base: outlet.base,
      home: `${outlet.base}/`,
      language: config.language,
      // The fixture's present: its coverage runs to September 2026, so its footers say 2026.
      year: 2026,
      nav: config.nav.map((item) => ({
        label: item.label,
        href: item.href.startsWith('/') ? outlet.base + item.href : item.href,
      })),
      tag_url: config.tag_page ? outlet.base + config.tag_page.path : null,
      tag_title: config.tag_page?.title ?? null,
      rss_url: firstOf('rss'),
      atom_url: firstOf('atom'),
      logo: `${outlet.base}/logo.svg`,
    },
  };
}
