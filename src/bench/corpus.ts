// A generated news feed of any size, for measuring builds of many articles (npm run bench, key `corpus`): JSON
// Lines with one article a row, as news APIs dump them (id, url, title, published, source, author, text). Each
// article opens with a dateline, names a few recurring people (a cast of a few thousand who come back across
// the feed) and several people and organisations of its own (so a feed of 10,000 articles names about 100,000
// entities), and mixes sentences the rules read (roles, recalls, accusations, meetings, calls, sanctions,
// expulsions) with dated ones ("on Tuesday", "last week") and plain ones. Seeded: the same size and seed give
// the same bytes.
import { seededRandom } from '../random.js';
import { benchCountries } from './countries.js';

const FIRST = (
  'Anna Maria Peter John Olaf Elena Hans Pierre Ahmed Kenji Carlos Sofia Ivan Ewa Lars Nadia Tomas Laura Marco Yusuf ' +
  'Ingrid Pavel Rosa Daniel Amina Victor Helena Mateo Irina Samuel Fatima Omar Leila Jonas Mikael Sara Diego Lucia Andrei Olga ' +
  'Karim Hana Yuki Rahul Priya Chen Wei Ming Tariq Zainab Kofi Ama Nikos Eleni Jan Petra Milan Vera Emil Ines'
).split(' ');
const SYLLABLES = 'ba be bo da de di ka ke ko la le li ma me mo na ne ni ra re ro sa se so ta te to va ve vo za ze ran sen dor mir lin gar tov nak'.split(' ');
const ENDINGS = ['', 'n', 'r', 's', 'v', 'k', 'ski', 'ic', 'ov', 'es', 'ani', 'ard', 'berg', 'son', 'ez', 'elli'];
const ORG_HEADS = ['Institute', 'Council', 'Foundation', 'Agency', 'Commission', 'Alliance', 'Centre', 'Bank', 'Union', 'League'];
const ORG_WORDS = ['Northern', 'Atlantic', 'Baltic', 'Civic', 'Energy', 'Maritime', 'Democratic', 'Trade', 'Security', 'Rural', 'Digital', 'Pacific'];
// the countries it draws from (demonyms and capitals from the country data)
const COUNTRIES = benchCountries([
  'France',
  'Germany',
  'Poland',
  'Italy',
  'Spain',
  'Russia',
  'Ukraine',
  'Turkey',
  'Japan',
  'Brazil',
  'Canada',
  'India',
  'Kenya',
  'Sweden',
  'Norway',
  'Iran',
  'Egypt',
  'Mexico',
  'Lithuania',
  'Chile',
]);
const ROLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister'];
const CHARGES = ['election interference', 'espionage', 'hacking', 'corruption', 'war crimes', 'sabotage', 'money laundering'];
const OUTLETS = ['Nordic Wire', 'Baltic Press', 'Continental News', 'Meridian Times', 'Harbour Post', 'Summit Daily'];
const WHEN = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'earlier this month', 'in March', 'in 2019', 'two days ago'];
const FILLER = [
  'The meeting lasted for several hours and ended without a joint statement.',
  'Analysts said the dispute was unlikely to be settled before the end of the year.',
  'Officials declined to give further details, citing the sensitivity of the talks.',
  'The decision is expected to be reviewed by parliament in the coming weeks.',
  'Markets reacted calmly to the news, with the currency little changed.',
  'Several diplomats said privately that relations had been strained for months.',
  'A spokesperson said the government would respond in due course.',
  'The talks were described by one participant as frank but constructive.',
  'Trade between the two countries has grown steadily over the past decade.',
  'Opposition politicians criticised what they called a lack of transparency.',
  'Human rights groups have called for an independent investigation.',
  'The ministry said it had summoned officials to explain the incident.',
];

export interface CorpusOptions {
  /** about this many bytes of JSON Lines (a little more: the last article is completed) */
  bytes: number;
  seed?: number;
  /** the first article's number (ids, dates): a feed that continues another one */
  firstArticle?: number;
  /** people who come back across the feed */
  cast?: number;
}

/** The articles of a generated feed, one JSON line each (joined with newlines, ending in one). */
export function generateCorpus(options: CorpusOptions): string {
  const rnd = seededRandom(options.seed ?? 12);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const surname = () => {
    const n = 2 + Math.floor(rnd() * 2);
    let s = '';
    for (let i = 0; i < n; i++) s += pick(SYLLABLES);
    s += pick(ENDINGS);
    return s[0]!.toUpperCase() + s.slice(1);
  };
  const person = () => `${pick(FIRST)} ${surname()}`;
  const castSize = options.cast ?? 3000;
  const cast = Array.from({ length: castSize }, () => ({ name: person(), country: pick(COUNTRIES), role: pick(ROLES) }));
  const lines: string[] = [];
  let size = 0;
  for (let n = options.firstArticle ?? 0; size < options.bytes; n++) {
    // dates over two years, a few articles a day
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(n / 14) * 86_400_000);
    const published = `${day.toISOString().slice(0, 10)}T${String(6 + (n % 14)).padStart(2, '0')}:30:00Z`;
    const outlet = pick(OUTLETS);
    const [a, b] = [pick(cast), pick(cast)];
    const home = a.country;
    let other = pick(COUNTRIES);
    while (other === home) other = pick(COUNTRIES);
    const fresh = Array.from({ length: 8 }, person);
    const org = `${pick(ORG_WORDS)} ${surname()} ${pick(ORG_HEADS)}`;
    const when = () => pick(WHEN);
    const sentences = [
      `${home[1]} ${a.role} ${a.name} met ${other[1]} ${b.role} ${b.name} in ${other[2]} ${when()}.`,
      `${home[0]} recalled its ambassador to ${other[0]} ${when()}, ${home[1]} Foreign Minister ${fresh[0]} said.`,
      `${fresh[1]}, a spokesperson for the ${org}, said the move was regrettable.`,
      `${other[1]} ${pick(ROLES)} ${fresh[2]} accused ${home[0]} of ${pick(CHARGES)} ${when()}.`,
      `${a.name} and ${fresh[3]} spoke by phone ${when()} about the crisis.`,
      `${home[0]} imposed sanctions on ${other[0]} ${when()}, ${fresh[4]} of the ${org} said.`,
      `${other[0]} expelled two ${home[1]} diplomats ${when()}.`,
      `${fresh[5]}, ${other[1]} ambassador to ${home[0]} since ${2015 + Math.floor(rnd() * 8)}, was summoned ${when()}.`,
      `${fresh[6]} branded ${b.name} a "liar" in an interview ${when()}.`,
      `${fresh[7]} said the talks in ${home[2]} had been difficult but useful.`,
    ];
    // the story: its relation sentences in a shuffled order, plain sentences between them
    const order = sentences
      .map((s) => [rnd(), s] as const)
      .sort((x, y) => x[0] - y[0])
      .map(([, s]) => s);
    const paragraphs: string[] = [];
    for (let i = 0; i < order.length; i += 2)
      paragraphs.push([pick(FILLER), order[i], pick(FILLER), pick(FILLER), order[i + 1], pick(FILLER), pick(FILLER), pick(FILLER)].filter(Boolean).join(' '));
    const text = `${home[2].toUpperCase()} (${outlet}) - ${paragraphs.join('\n\n')}`;
    const line = JSON.stringify({
      id: `art-${String(n).padStart(6, '0')}`,
      url: `https://${outlet.toLowerCase().replace(/ /g, '')}.example/world/${n}`,
      title: `${home[0]} recalls envoy from ${other[0]} as row deepens`,
      published,
      source: outlet,
      author: person(),
      text,
    });
    lines.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return `${lines.join('\n')}\n`;
}
