/**
 * Words the synthetic county is built from: surnames common in Wuyi (including the She surnames
 * 蓝, 雷, 钟 of 柳城), given-name characters, enterprise trade names and industries of the county,
 * roads and villages. All characters are in GBK, so every text can be written to a GBK CSV.
 */
export const SURNAMES: readonly (readonly [string, number])[] = [
  ['徐', 9],
  ['朱', 8],
  ['王', 8],
  ['李', 6],
  ['张', 6],
  ['陈', 6],
  ['何', 5],
  ['吴', 5],
  ['周', 4],
  ['金', 4],
  ['汤', 4],
  ['俞', 3],
  ['应', 3],
  ['潘', 3],
  ['胡', 3],
  ['刘', 3],
  ['杨', 3],
  ['黄', 2],
  ['赵', 2],
  ['郑', 3],
  ['蓝', 2],
  ['雷', 2],
  ['钟', 2],
  ['邹', 2],
  ['陶', 2],
  ['章', 2],
  ['方', 2],
  ['程', 2],
  ['傅', 2],
  ['叶', 2],
  ['孙', 1],
  ['马', 1],
  ['郭', 1],
  ['高', 1],
  ['林', 1],
  ['罗', 1],
  ['董', 1],
  ['蔡', 1],
  ['彭', 1],
  ['洪', 1],
  ['邱', 1],
  ['任', 1],
  ['贺', 1],
  ['谢', 1],
  ['韦', 1],
  ['鲍', 1],
  ['楼', 1],
  ['涂', 1],
  ['施', 1],
  ['卢', 1],
];

export const GIVEN_MALE =
  '伟强军磊洋勇杰涛明超斌浩鹏辉华建国平俊峰宇晨凯锋文波刚志海东林鑫亮旭飞龙成坚忠毅骏豪'.split('');
export const GIVEN_FEMALE =
  '芳娟敏静丽艳霞燕玲婷雪琴慧颖倩洁红梅兰萍莉佳蕾晓雯欣怡璐露瑶琳萱妍菲丹彤茜'.split('');
export const GIVEN_NEUTRAL = '一子晓永小春秋文云思雨佳家宏世新安益天德金'.split('');

/** Trade names (字号) of two characters. */
export const TRADE_WORDS =
  '恒远鑫盛永康华顺宏达金诚瑞丰新亚天元博通正泰中信万兴嘉和汇力三星联创凯旋东方明珠富源聚源开元德丰利民春晖华宇卓越嘉禾鼎盛腾飞鸿运佳美乐途润泽'.split(
    '',
  );

/** What Wuyi's enterprises make and do, with the weight of each industry. */
export const INDUSTRIES: readonly (readonly [string, number])[] = [
  ['五金制品', 14],
  ['电动工具', 8],
  ['文具', 6],
  ['旅游用品', 5],
  ['门业', 5],
  ['机械', 6],
  ['电器', 5],
  ['塑料制品', 4],
  ['工贸', 8],
  ['贸易', 6],
  ['建材', 3],
  ['茶业', 3],
  ['萤石矿业', 1],
  ['温泉旅游', 1],
  ['农业开发', 2],
  ['食品', 2],
  ['服装', 2],
  ['包装', 2],
  ['汽车配件', 3],
  ['电子科技', 3],
  ['餐饮管理', 2],
  ['物业服务', 1],
  ['建筑工程', 2],
  ['家具', 2],
  ['工艺品', 2],
];

export const COMPANY_FORMS: readonly (readonly [string, number])[] = [
  ['有限公司', 70],
  ['股份有限公司', 4],
  ['厂', 8],
  ['有限责任公司', 8],
  ['经营部', 4],
  ['商行', 3],
  ['专业合作社', 3],
];

export const CITY_PREFIXES: readonly (readonly [string, number])[] = [
  ['武义', 40],
  ['武义县', 25],
  ['浙江', 20],
  ['金华', 10],
  ['浙江武义', 5],
];

/** Roads and places whose names contain no township name or alias (checked by a test). */
export const NEUTRAL_ROADS = [
  '解放北街',
  '温泉南路',
  '武阳中路',
  '东升路',
  '江滨西路',
  '育才路',
  '兴业大道',
  '望江路',
  '晨光路',
  '民主路',
  '永安街',
  '长春路',
  '南湖路',
  '荷花路',
  '青云路',
  '吉祥路',
  '振兴路',
  '胜利街',
  '红旗路',
  '八一南街',
];

export const VILLAGE_SUFFIXES = ['村', '工业区', '工业功能区', '路', '大道', '街'];
export const VILLAGE_WORDS = '上下东西前后新大小塘岭坑溪田山湖桥园'.split('');

export const FOREIGN_PASSPORT_PREFIXES = ['E', 'P', 'K', 'G'];

export const SUBSIDY_PROGRAMS = {
  finance: ['工业企业技术改造补助', '稳岗返还', '企业上规升级奖励', '科技创新券兑现', '亩均效益奖励'],
  commerce: ['外贸出口奖励', '电商发展扶持资金', '商贸企业升级奖励', '展会补助'],
} as const;

export const CONTACT_SUMMARIES = {
  visit: [
    '走访企业了解用工及参保情况',
    '宣讲企业职工基本养老保险政策',
    '督促企业为未参保职工办理参保',
    '了解企业困难，帮助办理参保业务',
  ],
  township: ['与乡镇对接扩面工作进展', '参加乡镇扩面工作推进会', '调度本月扩面任务完成情况'],
  phone: ['电话提醒企业按时申报缴费', '电话了解新增职工参保情况'],
} as const;

export const ENFORCEMENT_RESULTS = ['已整改', '限期整改中', '拒不整改', '已补缴', ''];

export const SURVEY_WILLINGNESS = ['愿意', '观望', '不愿意'] as const;

export const NEWFORM_TYPES = {
  transport: ['网约车', '货运', '道路运输'],
  postal: ['快递', '外卖配送', '同城配送'],
} as const;
