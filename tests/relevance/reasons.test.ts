import { describe, expect, it } from 'vitest';
import { loadCaseFile } from '../../src/cases/index.ts';
import { defaultCaseFile } from '../../src/config/index.ts';
import { detectLanguage, normaliseLanguage, relevanceModel } from '../../src/relevance/index.ts';

const model = relevanceModel(loadCaseFile(defaultCaseFile));

describe('relevance reasons', () => {
  it('explains a kept page by its parties, anchors and vocabulary', () => {
    const judged = model.judge({
      title: 'Jury finds Meta violated New Mexico law',
      text: 'A Santa Fe jury found on Tuesday that Meta violated the Unfair Practices Act, ordering $375 million in civil penalties in the lawsuit brought by Attorney General Raúl Torrez.\n\nMeta said it would appeal.',
    });
    expect(judged.relevant).toBe(true);
    expect(judged.reasons).toContain('both sides named together');
    expect(judged.reasons.some((r) => /^anchors of this case [1-9]/.test(r))).toBe(true);
    expect(judged.reasons.at(-1)).toBe('relevant');
    expect(judged.score).toBeGreaterThan(0.7);
  });

  it('names the look-alike that a page reads as', () => {
    const judged = model.judge({
      title: 'New Mexico sues Snap over child safety on Snapchat',
      text: 'Attorney General Raúl Torrez filed a lawsuit against Snap Inc. on Thursday, saying Snapchat exposes children to predators. The suit follows the state’s case against Meta.\n\nSnap said it would fight the lawsuit.',
    });
    expect(judged.relevant).toBe(false);
    expect(judged.reasons).toContain('excluded: reads as coverage of New Mexico v. Snap Inc.');
    expect(judged.score).toBeLessThan(0.5);
  });

  it('does not join parties named far apart', () => {
    const judged = model.judge({
      title: 'Meta opens a new data center',
      text: 'Meta said on Monday it had opened a data center, its fourth this year.\n\nThe company faces a lawsuit over its hiring.\n\nThe building is near Los Lunas.\n\nSeparately, New Mexico lawmakers met on Tuesday.',
    });
    expect(judged.relevant).toBe(false);
    expect(judged.reasons).toContain('sides never named together');
  });

  it('needs a legal action between the sides when no anchor of this case appears', () => {
    const other = model.judge({
      title: 'Torrez sues over robocalls',
      text: 'Attorney General Raúl Torrez sued a telemarketing company on Monday.\n\nThe lawsuit says the company placed millions of robocalls. Some of its ads ran on Facebook, the complaint says.\n\nA judge will hear the case in Albuquerque.',
    });
    expect(other.relevant).toBe(false);
    expect(other.reasons).toContain('legal action between the sides named 0×');
    const testimony = model.judge({
      title: 'Former engineer tells jurors Meta ignored warnings',
      text: "A former engineer testified on Tuesday in New Mexico's lawsuit against Meta.\n\nShe told jurors she had raised the alarm in 2021.",
    });
    expect(testimony.relevant).toBe(true);
  });

  it('keeps Spanish coverage and marks its language', () => {
    const judged = model.judge({
      title: 'Jurado de Nuevo México declara a Meta responsable',
      text: 'Un jurado en Santa Fe concluyó que Meta violó la Ley de Prácticas Desleales de Nuevo México y la condenó a pagar 375 millones de dólares. El fiscal general Raúl Torrez celebró el veredicto.\n\nMeta anunció que apelará la decisión.',
    });
    expect(judged.relevant).toBe(true);
    expect(judged.language).toBe('es');
    expect(judged.reasons[0]).toBe('language es');
  });

  it('reads a look-alike-led page’s later paragraphs as the look-alike’s unless they carry this case’s anchors', () => {
    const privacy = model.judge({
      title: 'Jurors weigh Cambridge Analytica claims against Meta',
      text: 'Closing arguments ended on Thursday in the state’s data privacy suit over Cambridge Analytica.\n\nLawyers for New Mexico told the jury that Meta hid how apps collected friends’ data, and the judge will instruct jurors on Friday.\n\nMeta said the practices ended long ago.',
    });
    expect(privacy.relevant).toBe(false);
    expect(privacy.reasons).toContain('a look-alike against the defendant named in the title or lead');
    expect(privacy.reasons).toContain('excluded: reads as coverage of Cambridge Analytica privacy case');
    const both = model.judge({
      title: 'Jurors weigh Cambridge Analytica claims against Meta',
      text: 'Closing arguments ended on Thursday in the state’s data privacy suit over Cambridge Analytica.\n\nIt is New Mexico’s second trial against Meta this year: in March another jury found the company broke the Unfair Practices Act and set $375 million in penalties.\n\nMeta said the practices ended long ago.',
    });
    expect(both.relevant).toBe(true);
  });

  it('does not take a criminal sting’s jury for this case when no legal action joins the sides', () => {
    const judged = model.judge({
      title: 'Jury finds man guilty in attorney general’s online sting',
      text: 'A jury in Gallup convicted a man on Wednesday, after a two-day trial, of messaging an Instagram account run by agents of the New Mexico attorney general.\n\nHe was arrested in Operation MetaPhile in 2024.\n\nMeta, which owns Instagram, said it reports such accounts to the police.',
    });
    expect(judged.relevant).toBe(false);
    expect(judged.reasons).toContain('excluded: reads as coverage of Operation MetaPhile');
  });

  it('lends a lead’s one side to a later paragraph that names the other with this case’s figures', () => {
    const judged = model.judge({
      title: 'Snapchat trial set for next year',
      text: 'A judge set a trial date on Monday in New Mexico’s lawsuit against Snap Inc. over sextortion on Snapchat.\n\nThe state’s earlier trial against Meta ended with $375 million in penalties, and Meta has appealed.\n\nSnap denies the claims.',
    });
    expect(judged.relevant).toBe(true);
    expect(judged.reasons).toContain('paragraphs about this case alone 1');
  });

  it('keeps a look-alike against another company that recalls a legal action against Meta', () => {
    const judged = model.judge({
      title: 'Snap fights subpoena in sextortion case',
      text: 'New Mexico’s attorney general asked a judge on Friday to make Snap Inc. hand over sextortion reports.\n\nThe office took Meta to trial this year and won a verdict the company is appealing.\n\nSnap says the request is too broad.',
    });
    expect(judged.relevant).toBe(true);
    expect(judged.reasons).not.toContain('a look-alike against the defendant named in the title or lead');
  });

  it('reads a New Mexico school district’s suit as the school districts’ litigation', () => {
    const judged = model.judge({
      title: 'Las Cruces schools sue Meta and TikTok',
      text: 'Las Cruces Public Schools, one of New Mexico’s largest school districts, sued Meta and TikTok on Monday over students’ compulsive use of their apps.\n\nThe lawsuit will join the consolidated proceedings in Oakland. Meta said it has tools for teens.',
    });
    expect(judged.relevant).toBe(false);
    expect(judged.reasons.at(-2)).toMatch(/^excluded: reads as coverage of school districts/);
  });

  it('does not take the attorney general’s statute for this case', () => {
    const judged = model.judge({
      title: 'Age check bill stalls in Santa Fe',
      text: 'A bill requiring app stores to verify users’ ages stalled in a New Mexico House committee on Tuesday. Meta spoke for it; Apple and Google against.\n\nThe office of Attorney General Raúl Torrez asked for enforcement power under the Unfair Practices Act. Meta said app stores are the right place to check ages.',
    });
    expect(judged.relevant).toBe(false);
    expect(judged.reasons).toContain('anchors of this case 0×');
  });

  it('keeps local coverage that leaves the state unnamed when the case’s figures name it', () => {
    const judged = model.judge({
      title: 'Gallup clinic hopes for a share of Meta abatement fund',
      text: 'A Gallup youth clinic plans to apply for money from the state’s lawsuit against Meta.\n\nA Santa Fe judge ordered Meta in August to pay $567 million into the fund; the company is appealing.',
    });
    expect(judged.relevant).toBe(true);
    expect(judged.reasons).toContain(
      'plaintiff unnamed but implied by an action against the defendant with anchors',
    );
  });

  it('reads “the state’s lawsuit” on a New Mexico page as a legal action', () => {
    const judged = model.judge({
      title: 'Will Facebook leave New Mexico?',
      text: 'Meta says it might pull its apps from New Mexico, and families wonder what the state’s lawsuit will mean for them.\n\nThe company said so in a filing before the remedies phase. Meta has made such warnings elsewhere.',
    });
    expect(judged.relevant).toBe(true);
    expect(judged.reasons).toContain('legal action between the sides named 1×');
  });

  it('keeps Portuguese and Italian coverage by their own legal vocabulary', () => {
    const portuguese = model.judge({
      title: 'Novo México: Meta é condenada a pagar US$ 375 milhões',
      text: 'Um júri de Santa Fé concluiu que a Meta violou a lei de práticas comerciais desleais do Novo México, no processo movido pelo procurador-geral Raúl Torrez.\n\nA empresa disse que vai recorrer.',
    });
    expect(portuguese.relevant).toBe(true);
    expect(portuguese.language).toBe('pt');
    const italian = model.judge({
      title: 'Nuovo Messico, la giuria condanna Meta',
      text: 'Una giuria di Santa Fe ha stabilito che Meta ha violato la legge sulle pratiche commerciali sleali del Nuovo Messico, nella causa avviata dal procuratore generale Raúl Torrez.\n\nMeta ha annunciato ricorso in appello.',
    });
    expect(italian.relevant).toBe(true);
    expect(italian.language).toBe('it');
  });

  it('keeps French and German coverage by their own legal vocabulary', () => {
    const french = model.judge({
      title: 'Le procès du Nouveau-Mexique contre Meta reprend',
      text: 'Le procès intenté par le procureur général Raúl Torrez contre Meta a repris mardi à Santa Fe, où les jurés ont entendu un ancien ingénieur.\n\nÀ Los Angeles, un autre procès vise Instagram et YouTube.',
    });
    expect(french.relevant).toBe(true);
    expect(french.language).toBe('fr');
    const german = model.judge({
      title: 'New Mexico verklagt Meta wegen Kinderschutz',
      text: 'Generalstaatsanwalt Raúl Torrez hat Klage gegen Meta eingereicht. Instagram und Facebook setzten Kinder Gefahren aus, heißt es in der Klage vor einem Gericht in Santa Fe.\n\nMeta weist die Vorwürfe zurück.',
    });
    expect(german.relevant).toBe(true);
    expect(german.language).toBe('de');
  });

  it('takes a declared language over detection', () => {
    expect(model.judge({ title: 'x', text: 'y', language: 'es-MX' }).language).toBe('es');
  });
});

describe('language detection', () => {
  it('tells English from Spanish', () => {
    expect(
      detectLanguage('The attorney general said the company misled parents about the safety of its apps.'),
    ).toBe('en');
    expect(
      detectLanguage(
        'El fiscal general dijo que la empresa engañó a los padres sobre la seguridad de sus aplicaciones.',
      ),
    ).toBe('es');
  });

  it('does not take an article in another language for English because it quotes English titles', () => {
    const german =
      'Die Generalstaatsanwaltschaft von New Mexico hat am Dienstag vor einem Gericht in Santa Fe ein Urteil ' +
      'gegen den Konzern erwirkt. Wie „The Wall Street Journal“ und „The New York Times“ berichteten, sprachen ' +
      'die Geschworenen dem Staat eine Strafe von 375 Millionen Dollar zu. Der Konzern kündigte an, in Berufung ' +
      'zu gehen. „We disagree with the verdict and will appeal“, sagte ein Sprecher. Die Klage war im Dezember ' +
      '2023 eingereicht worden, nachdem Ermittler sich als Kinder ausgegeben hatten.';
    expect(detectLanguage(german)).toBe('de');
  });

  it('answers und for text too short to tell', () => {
    expect(detectLanguage('Meta')).toBe('und');
  });

  it('normalises declared tags', () => {
    expect(normaliseLanguage('es-MX')).toBe('es');
    expect(normaliseLanguage('EN')).toBe('en');
    expect(normaliseLanguage('spa')).toBe('es');
  });
});
