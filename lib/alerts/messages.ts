/**
 * Every Chinese text the cadre alerts send (RULES 3.4, 4.2): subject line, SMS (≤ 70 characters, see
 * smsFit) and full e-mail. Counts, township and enterprise names only: never a person's name or ID
 * number — not even the cadre's own name; a cadre is addressed by 干部编号.
 */
import type { CadreDigest, DigestSurveyLine, OfficeDigest } from './digestTypes.ts';
import {
  FLAG_LABELS,
  METRIC_LABELS,
  STATUS_LABELS,
  dateLabel,
  monthDayLabel,
  percentLabel,
  periodLabel,
  scoreLabel,
} from './labels.ts';
import { type Wording, fitSms, listWordings } from './smsFit.ts';

export interface MessageTexts {
  subject: string;
  sms: string;
  email: string;
}

const SIGN = '【武义扩面】';
const FOOTER = '（本消息由武义县社会保险提标扩面工作系统自动发送，请勿直接回复。）';
const DETAILS = '详见邮件。';

function email(lines: readonly string[]): string {
  return [...lines, '', FOOTER].join('\n');
}

/** Where a township puts its survey (DATA-CONTRACT §1), for the clerk who has to send it. */
function surveyUploadHint(year: number, code: string): string {
  return `报送方式：将入企调查结果表（.xlsx 或 .csv）上传至 survey/${year}-MM/${code}/（MM 为所属月份）。`;
}

// ---- RULES 3.4: survey reminder and overdue notice to a 片区 cadre --------------------------------

export interface SurveyNoticeInput {
  cadreId: string;
  townshipCode: string;
  townshipName: string;
  /** The day of the check, `YYYY-MM-DD`. */
  date: string;
  deadline: string;
}

export function surveyRemindTexts(input: SurveyNoticeInput & { daysLeft: number }): MessageTexts {
  const { townshipName: t, daysLeft: n, deadline } = input;
  const due = monthDayLabel(deadline);
  const when = n === 0 ? `今天（${due}）截止` : `距${due}截止还有${n}天`;
  const sms = fitSms([
    (name) => `${SIGN}您包保的${name(t)}尚未报送入企调查结果，${when}，请督促报送。`,
    (name) => `${SIGN}${name(t)}入企调查结果未报送，${n === 0 ? '今天截止' : `${n}天后截止`}，请督促。`,
    () => `${SIGN}您包保的片区尚未报送入企调查结果，${when}，请督促报送。`,
  ]);
  return {
    subject: `入企调查提醒：${t}（${n === 0 ? '今天截止' : `距截止还有${n}天`}）`,
    sms,
    email: email([
      `干部编号 ${input.cadreId}：`,
      '',
      `您包保的片区${t}（${input.townshipCode}）截至${dateLabel(input.date)}尚未报送${deadline.slice(0, 4)}年入企调查结果。`,
      `按照县社会保险提标扩面工作方案，开发区、乡镇街道的入企调查结果须在${dateLabel(deadline)}前报送人社部门，${when}。`,
      `请督促${t}按时报送。`,
      '',
      surveyUploadHint(Number(deadline.slice(0, 4)), input.townshipCode),
    ]),
  };
}

export function surveyOverdueTexts(input: SurveyNoticeInput & { daysPast: number }): MessageTexts {
  const { townshipName: t, daysPast: n, deadline } = input;
  const due = monthDayLabel(deadline);
  const sms = fitSms([
    (name) => `${SIGN}您包保的${name(t)}入企调查结果已逾期${n}天未报送（${due}截止），请督促尽快报送。`,
    (name) => `${SIGN}${name(t)}入企调查结果逾期${n}天未报送，请督促尽快报送。`,
    () => `${SIGN}您包保的片区入企调查结果已逾期${n}天未报送，请督促尽快报送。`,
  ]);
  return {
    subject: `入企调查逾期：${t}（已逾期${n}天）`,
    sms,
    email: email([
      `干部编号 ${input.cadreId}：`,
      '',
      `您包保的片区${t}（${input.townshipCode}）的${deadline.slice(0, 4)}年入企调查结果应于${dateLabel(deadline)}前报送，截至${dateLabel(input.date)}已逾期${n}天，仍未报送。`,
      '本通知同时抄送县社会保险提标扩面工作领导小组办公室。请督促尽快报送。',
      '',
      surveyUploadHint(Number(deadline.slice(0, 4)), input.townshipCode),
    ]),
  };
}

// ---- RULES 3.4: overdue summary to the leading group's office ---------------------------------

export interface OfficeOverdueInput {
  date: string;
  deadline: string;
  daysPast: number;
  townships: readonly { code: string; name: string; cadreIds: readonly string[] }[];
}

export function officeOverdueTexts(input: OfficeOverdueInput): MessageTexts {
  const k = input.townships.length;
  const n = input.daysPast;
  const names = input.townships.map((t) => t.name);
  const sms = fitSms([
    ...listWordings(names, () => '等').map(
      (list): Wording =>
        (name) =>
          `${SIGN}入企调查结果逾期${n}天未报送：${list(name)}，共${k}个乡镇（街道），请督办。`,
    ),
    () => `${SIGN}${k}个乡镇（街道）入企调查结果逾期${n}天未报送，请督办。${DETAILS}`,
  ]);
  return {
    subject: `入企调查逾期汇总：${k}个乡镇（街道）未报送（${dateLabel(input.date)}）`,
    sms,
    email: email([
      '县社会保险提标扩面工作领导小组办公室：',
      '',
      `${input.deadline.slice(0, 4)}年入企调查结果应于${dateLabel(input.deadline)}前报送，截至${dateLabel(input.date)}（逾期${n}天），以下${k}个乡镇（街道）仍未报送：`,
      ...input.townships.map(
        (t, i) =>
          `${i + 1}. ${t.name}（${t.code}），包保干部：${t.cadreIds.length > 0 ? t.cadreIds.join('、') : '名册中无片区包保干部'}`,
      ),
      '',
      '已同时通知各片区包保干部。',
    ]),
  };
}

// ---- RULES 4.2: a cadre's monthly digest --------------------------------------------------------

function surveyLineText(line: DigestSurveyLine): string {
  if (!line.submitted) return `${line.name}：未报送`;
  const when = `${dateLabel(line.submittedOn as string)}报送${line.late ? '（逾期）' : ''}`;
  return `${line.name}：已于${when}，调查覆盖率 ${percentLabel(line.coverage)}`;
}

export function cadreDigestTexts(d: CadreDigest): MessageTexts {
  const month = `${Number(d.period.slice(5, 7))}月`;
  const m = d.missing.length;
  const duty = m > 0 ? `本月未联系${m}项` : '本月包保对象均已联系';
  const flagged = d.enterprises.filter((e) => e.flags.length > 0).length;
  const enterprises =
    d.enterprises.length > 0 ? `；包保企业${d.enterprises.length}家，${flagged}家有问题` : '';
  const notSubmitted = d.survey?.townships.filter((t) => !t.submitted).length ?? 0;
  const survey =
    d.survey === null || d.survey.townships.length === 0
      ? ''
      : notSubmitted > 0
        ? `；入企调查${notSubmitted}个片区未报送`
        : '；入企调查已报送';
  const areas = (name: (t: string) => string): string => {
    if (d.townships.length === 0) return '';
    if (d.townships.length === 1) {
      const t = d.townships[0];
      const status = t.status === null ? '' : `（${STATUS_LABELS[t.status]}）`;
      return `${name(t.name)}得分${scoreLabel(t.score)}排名${t.rank ?? '—'}${status}；`;
    }
    const lagging = d.townships.filter((t) => t.status === 'lagging').length;
    return `片区${d.townships.length}个，${lagging}个滞后；`;
  };
  const sms = fitSms([
    (name) => `${SIGN}${month}包保月报：${areas(name)}${duty}${enterprises}${survey}。${DETAILS}`,
    (name) => `${SIGN}${month}包保月报：${areas(name)}${duty}${survey}。${DETAILS}`,
    () => `${SIGN}${month}包保月报：${duty}${survey}。${DETAILS}`,
    () => `${SIGN}${month}包保月报：${duty}。${DETAILS}`,
  ]);

  const lines: string[] = [
    `干部编号 ${d.cadreId}：`,
    '',
    `以下是您${periodLabel(d.period)}的包保工作月报（时间进度 ${percentLabel(d.timeProgress)}）。`,
  ];
  let section = 0;
  const heading = (title: string) => lines.push('', `${'一二三四五'[section++]}、${title}`);
  if (d.townships.length > 0) {
    heading('包保片区');
    for (const t of d.townships) {
      const status = t.status === null ? '无考核任务' : STATUS_LABELS[t.status];
      lines.push(
        `${t.name}：得分 ${scoreLabel(t.score)}，排名 ${t.rank ?? '—'}/${d.rankedTownships}，${status}`,
      );
      for (const b of t.behind) {
        lines.push(
          `  低于时间进度：${METRIC_LABELS[b.metric]} 完成 ${b.actual}/${b.quota}（${percentLabel(b.completion)}）`,
        );
      }
      if (t.behind.length === 0 && t.status !== null) lines.push('  各项指标均不低于时间进度');
    }
  }
  if (d.enterprises.length > 0) {
    heading('包保企业');
    d.enterprises.forEach((e, i) => {
      const name = e.name ?? '（名称未知）';
      if (!e.compared) {
        lines.push(
          `${i + 1}. ${name}（${e.creditCode}）：本月比对数据中没有该企业；最近联系 ${e.lastContact ?? '无记录'}`,
        );
        return;
      }
      const flags = e.flags.length > 0 ? e.flags.map((f) => FLAG_LABELS[f]).join('、') : '无';
      const uninsured = e.uninsured === null ? '—' : `${e.uninsured}人`;
      lines.push(
        `${i + 1}. ${name}（${e.creditCode}）：参保率 ${percentLabel(e.rate)}，应保未保 ${uninsured}，问题：${flags}；最近联系 ${e.lastContact ?? '无记录'}`,
      );
    });
  }
  heading('本月未联系的包保对象');
  if (m === 0) lines.push('无。本月包保对象均有联系记录。');
  for (const a of d.missing)
    lines.push(`${a.assignmentType}：${a.name === null ? a.target : `${a.name}（${a.target}）`}`);
  if (m > 0) lines.push('按照方案要求，每月与包保联系点对接工作不少于1次，请及时联系并报送联系记录。');
  if (d.survey !== null && d.survey.townships.length > 0) {
    heading(`入企调查（${dateLabel(d.survey.deadline)}截止，截至${dateLabel(d.survey.date)}）`);
    for (const line of d.survey.townships) lines.push(surveyLineText(line));
  }
  return {
    subject: `${periodLabel(d.period)}包保工作月报（干部编号 ${d.cadreId}）`,
    sms,
    email: email(lines),
  };
}

// ---- RULES 4.1/4.2: the office's digest --------------------------------------------------------

export function officeDigestTexts(o: OfficeDigest): MessageTexts {
  const month = `${Number(o.period.slice(5, 7))}月`;
  const cadresMissing = o.byCadre.length;
  const duty = `${o.cadres}名干部${o.assignments}项挂钩，${o.missing}项未联系（涉及${cadresMissing}名干部）`;
  const survey = o.survey === null ? '' : `；入企调查${o.survey.notSubmitted.length}个乡镇未报送`;
  const sms = fitSms([
    () => `${SIGN}${month}包保联系：${duty}${survey}。${DETAILS}`,
    () => `${SIGN}${month}包保联系：${duty}。${DETAILS}`,
    () => `${SIGN}${month}包保联系：${o.missing}项未联系。${DETAILS}`,
  ]);
  const lines = [
    '县社会保险提标扩面工作领导小组办公室：',
    '',
    `${periodLabel(o.period)}包保挂钩联系情况：名册中包保干部${o.cadres}名、挂钩对象${o.assignments}项，本月未联系${o.missing}项，涉及${cadresMissing}名干部。`,
  ];
  if (cadresMissing > 0) {
    lines.push('', '有未联系对象的干部（按干部编号）：');
    for (const c of o.byCadre) lines.push(`${c.cadreId}：挂钩${c.assignments}项，未联系${c.missing}项`);
  }
  if (o.survey !== null) {
    lines.push('', `入企调查（${dateLabel(o.survey.deadline)}截止，截至${dateLabel(o.survey.date)}）：`);
    lines.push(
      o.survey.notSubmitted.length === 0
        ? '各乡镇（街道）均已报送。'
        : `未报送：${o.survey.notSubmitted.map((t) => t.name).join('、')}`,
    );
    if (o.survey.late.length > 0) lines.push(`逾期报送：${o.survey.late.map((t) => t.name).join('、')}`);
  }
  return { subject: `${periodLabel(o.period)}包保联系情况汇总`, sms, email: email(lines) };
}
