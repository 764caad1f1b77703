/**
 * Names and addresses: people's names, enterprise names (unique within the county) and registered
 * addresses that name their township (or, for unassigned enterprises, none at all).
 */
import type { Township } from '../seeds/townships.ts';
import type { Random } from './random.ts';
import {
  CITY_PREFIXES,
  COMPANY_FORMS,
  GIVEN_FEMALE,
  GIVEN_MALE,
  GIVEN_NEUTRAL,
  INDUSTRIES,
  NEUTRAL_ROADS,
  SURNAMES,
  TRADE_WORDS,
  VILLAGE_SUFFIXES,
  VILLAGE_WORDS,
} from './vocabulary.ts';

export function personName(random: Random, male: boolean): string {
  const surname = random.weighted(SURNAMES);
  const pool = male ? GIVEN_MALE : GIVEN_FEMALE;
  const first = random.chance(0.35) ? random.pick(GIVEN_NEUTRAL) : random.pick(pool);
  return random.chance(0.75) ? surname + first + random.pick(pool) : surname + random.pick(pool);
}

/** Every township name and alias (2+ characters) and 开发区: what address matching looks for. */
export function townshipWords(townships: readonly Township[]): string[] {
  const words = new Set<string>(['开发区']);
  for (const t of townships) {
    for (const word of [t.name, ...t.aliases]) if (word.length >= 2) words.add(word);
  }
  return [...words];
}

export function mentionsTownship(text: string, words: readonly string[]): boolean {
  return words.some((word) => text.includes(word));
}

export type CompanyKind = 'company' | 'soleProprietorship' | 'individualBusiness' | 'cooperative';

/** Enterprise names unique within one county. */
export class EnterpriseNamer {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  enterprise(): { name: string; kind: CompanyKind; form: string } {
    const r = this.random;
    for (;;) {
      const form = r.weighted(COMPANY_FORMS);
      const trade = r.pick(TRADE_WORDS) + r.pick(TRADE_WORDS);
      const industry = r.weighted(INDUSTRIES);
      const kind: CompanyKind =
        form === '专业合作社'
          ? 'cooperative'
          : form === '经营部' || form === '商行'
            ? 'individualBusiness'
            : form === '厂'
              ? 'soleProprietorship'
              : 'company';
      const prefix = kind === 'company' ? r.weighted(CITY_PREFIXES) : '武义县';
      const name =
        form === '专业合作社'
          ? `${prefix}${trade}${r.pick(['茶叶', '果蔬', '中药材', '食用菌'])}专业合作社`
          : `${prefix}${trade}${industry}${form}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return { name, kind, form };
      }
    }
  }

  publicInstitution(townships: readonly Township[]): string {
    const units = [
      '中心小学',
      '初级中学',
      '卫生院',
      '中心幼儿园',
      '农业综合服务中心',
      '文化站',
      '便民服务中心',
    ];
    const county = [
      '第一中学',
      '第二中学',
      '第三中学',
      '实验小学',
      '人民医院',
      '中医院',
      '妇幼保健院',
      '职业技术学校',
      '图书馆',
      '疾病预防控制中心',
      '水利水电工程管理站',
      '城市建设发展中心',
    ];
    for (let attempt = 0; ; attempt++) {
      const name =
        this.random.chance(0.4) && attempt < 50
          ? `武义县${this.random.pick(county)}`
          : `武义县${this.random.pick(townships).name}${this.random.pick(units)}${attempt > 200 ? String(attempt) : ''}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
  }
}

/** A registered address naming the township by its official name, or naming none (unassigned). */
export function address(random: Random, township: Township | null, words: readonly string[]): string {
  const number = `${random.int(1, 388)}号`;
  if (township === null) {
    const road = random.pick(NEUTRAL_ROADS);
    return random.chance(0.5) ? `浙江省金华市武义县${road}${number}` : `武义县${road}${number}`;
  }
  if (township.code.endsWith('-KFQ')) {
    const road = random.pick(NEUTRAL_ROADS);
    return random.chance(0.6) ? `浙江省武义经济开发区${road}${number}` : `武义县经济开发区${road}${number}`;
  }
  for (;;) {
    const place = random.pick(VILLAGE_WORDS) + random.pick(VILLAGE_WORDS) + random.pick(VILLAGE_SUFFIXES);
    if (mentionsTownship(place, words)) continue;
    const prefix = random.chance(0.6) ? '浙江省金华市武义县' : '武义县';
    return `${prefix}${township.name}${place}${number}`;
  }
}
