/** Texts of the instrument: one assessed declaration, the declaration form, the 17-value health check, the file scorer, the declaration page. Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const INSTRUMENT_TEXTS = {
  // One assessed declaration (src/lib/pages/assessmentView.ts, src/components/assessment.ts)
  "assess.zone": {en: "{zone}: risk value {risk}", zh: "{zone}：风险值 {risk}"},
  "assess.noZone": {
    en: "The report has no declaration in the {zone} to compare with.",
    zh: "本报告在{zone}中没有可供比较的申报。"
  },
  "assess.zoneFinding": {
    en: "Among the {n} e-commerce declarations, {fraud} of the {zn} in this zone were frauds ({rate}), against {overall} over all: {verdict}",
    zh: "在 {n} 条跨境电商申报中，该区 {zn} 条里有 {fraud} 条经查验存在瞒骗（{rate}），全体为 {overall}：{verdict}"
  },
  "assess.verdictSame": {
    en: "the zone does not separate fraud from clean declarations, so it is no all-clear.",
    zh: "该分区不能区分瞒骗申报与正常申报，因此并不意味着安全。"
  },
  "assess.verdictFewer": {en: "fewer than over all, though not none.", zh: "低于全体，但并非没有。"},
  "assess.index": {
    en: "Data-driven index (the same formula, each category scored by its training-month fraud rate): {risk}, {zone}.",
    zh: "数据驱动指数（同一公式，每个类别按其在训练月份的瞒骗率评分）：{risk}，{zone}。"
  },
  "assess.probability": {
    en: "Fraud probability {p}: higher than {pct} of the test months' declarations.",
    zh: "瞒骗概率 {p}：高于测试月份 {pct} 的申报。"
  },
  "assess.routeSeen": {
    en: "Its exact Item Price occurs in the training months: scored by the main gradient-boosted trees (which also recognise copied values).",
    zh: "其完税价格（Item Price）在训练月份中出现过：由主梯度提升树评分（它也能识别被复制的数值）。"
  },
  "assess.routeNew": {
    en: "Its exact Item Price never occurs in the training months: scored by the specialist for new declarations.",
    zh: "其完税价格（Item Price）在训练月份中从未出现：由专门处理新申报的模型评分。"
  },
  "assess.why": {
    en: "Why: the five largest contributions to the model's log-odds (TreeSHAP, exact)",
    zh: "原因：对模型对数几率贡献最大的五项（TreeSHAP，精确值）"
  },
  "assess.reason": {en: "{feature} = {value} {direction} the log-odds by {phi}", zh: "{feature} = {value}，使对数几率{direction} {phi}"},
  "assess.raises": {en: "raises", zh: "升高"},
  "assess.lowers": {en: "lowers", zh: "降低"},
  "assess.unknownsTitle": {en: "What the models never saw", zh: "模型从未见过的取值"},
  "assess.unknown": {en: "{input} “{value}”: {treatment}.", zh: "{input}“{value}”：{treatment}。"},
  "assess.unknownIndicator": {en: "{id} (indicator)", zh: "{id}（指标）"},
  "assess.unknownRidge": {
    en: "not among the authors' 10 training declarations: the ridge scores it with its intercept (no category effect)",
    zh: "不在作者的 10 条训练申报之中：岭回归只用截距为其评分（无类别效应）"
  },
  "assess.unknownCategory": {
    en: "never seen in the training months: encoded with the prior fraud rate {prior} and frequency 0",
    zh: "训练月份中从未出现：以先验瞒骗率 {prior}、频数 0 编码"
  },
  "assess.unknownPrice": {
    en: "this exact price never occurs in the training months: scored by the specialist for new declarations",
    zh: "该完税价格在训练月份中从未出现：由专门处理新申报的模型评分"
  },
  "assess.priceInput": {en: "Item Price", zh: "完税价格（Item Price）"},
  // feature names of the fraud model (src/lib/instrument/assess.ts featureLabel); dataset column names stay in Latin script
  "assess.feat.hs4": {en: "HS4 heading", zh: "HS4 品目"},
  "assess.feat.hs2": {en: "HS2 chapter", zh: "HS2 章"},
  "assess.feat.departureOrigin": {en: "Departure = origin", zh: "启运国 = 原产国"},
  "assess.feat.taxRate": {en: "Tax Rate", zh: "Tax Rate（税率）"},
  "assess.feat.logNetMass": {en: "Net Mass (log)", zh: "Net Mass（净重，对数）"},
  "assess.feat.logItemPrice": {en: "Item Price (log)", zh: "Item Price（完税价格，对数）"},
  "assess.feat.logUnitValue": {en: "unit value, Item Price per kg (log)", zh: "单位价值，即每千克的 Item Price（对数）"},
  "assess.feat.logDuty": {en: "duty at stake (log)", zh: "涉及税款（对数）"},
  "assess.feat.unitVsHs6": {en: "unit value against its HS6 code's training mean (log)", zh: "单位价值相对其 HS6 Code 训练期均值（对数）"},
  "assess.feat.fraudRate": {en: "fraud rate in the training months", zh: "训练月份的瞒骗率"},
  "assess.feat.logFrequency": {en: "training rows (log)", zh: "训练期行数（对数）"},
  "assess.feat.code": {en: "category", zh: "类别编码"},
  "assess.feat.with": {en: " with ", zh: " 与 "},
  "assess.feat.label": {en: "{input}: {what}", zh: "{input}：{what}"},
  "assess.indicator": {en: "{id} {name}: {value} (x* {x}) adds {c}", zh: "{id} {name}：{value}（x* {x}），贡献 {c}"},
  "assess.radarCaption": {
    en: "The improved radar chart of {label}: each sector's width is the indicator's weight, its radius x*.",
    zh: "{label}的改进雷达图：每个扇形的宽度为该指标的权重，半径为 x*。"
  },
  "assess.sharesAria": {
    en: "Bar chart of each indicator's share of the risk value of {label}",
    zh: "{label}各指标占风险值份额的条形图"
  },
  "assess.sharesAxis": {en: "share of the risk value →", zh: "占风险值的份额 →"},
  "assess.sharesCaption": {
    en: "Each indicator's share of the risk value {risk}: f · x*ⱼ sin(π wⱼ) / S, so the bars add up to f.",
    zh: "各指标占风险值 {risk} 的份额：f · x*ⱼ sin(π wⱼ) / S，各条之和等于 f。"
  },
  "col.indicator": {en: "indicator", zh: "指标"},
  "col.name": {en: "name", zh: "名称"},
  "col.share": {en: "share", zh: "份额"},

  // The declaration form (src/components/declarationInput.ts, src/lib/pages/declarationForm.ts)
  "form.idLabel": {en: "Declaration ID ", zh: "申报编号（Declaration ID） "},
  "form.idPlaceholder": {en: "e.g. 97061800", zh: "例如 97061800"},
  "form.load": {en: "Load", zh: "载入"},
  "form.csvLabel": {en: "CSV line ", zh: "CSV 行 "},
  "form.pastePlaceholder": {en: "Paste one line of the dataset's CSV", zh: "粘贴数据集 CSV 中的一行"},
  "form.readLine": {en: "Read line", zh: "读取该行"},
  "form.fieldError": {en: "{field} {problem}.", zh: "{field}：{problem}。"},
  "form.typeId": {en: "Type a Declaration ID.", zh: "请输入申报编号。"},
  "form.loading": {en: "Loading the dataset…", zh: "正在载入数据集…"},
  "form.loaded": {en: "Loaded declaration {id}.", zh: "已载入申报 {id}。"},
  "form.read": {en: "Read.", zh: "已读取。"},
  "form.pasteEmpty": {en: "Paste one line of the dataset's CSV.", zh: "请粘贴数据集 CSV 中的一行。"},
  "form.pasteHeaderOnly": {en: "The header is there but no data line follows it.", zh: "只有表头，其后没有数据行。"},
  "form.pasteMany": {
    en: "Paste one declaration at a time (the file-scoring page takes many).",
    zh: "请一次只粘贴一条申报（批量评分请用文件评分页面）。"
  },
  "form.pasteCount": {
    en: "The line has {n} fields; expected {fields} (without the labels) or {all}.",
    zh: "该行有 {n} 个字段；应为 {fields} 个（不含标签）或 {all} 个。"
  },
  "form.notFound": {
    en: "No declaration has the ID “{id}” in the dataset's {n} declarations.",
    zh: "数据集的 {n} 条申报中没有编号为“{id}”的申报。"
  },
  "form.startsFrom": {en: "{message} The form starts from declaration {id}.", zh: "{message}表单从申报 {id} 开始。"},

  // The 17-value health check (src/components/healthCheck.ts, src/lib/pages/healthCheck.ts)
  "hc.startFrom": {en: "Start from ", zh: "起点 "},
  "hc.blank": {en: "blank form", zh: "空白表单"},
  "hc.scoreHint": {en: " score 0–100", zh: " 评分 0–100"},
  "hc.invalidKept": {en: "{fields}: invalid. Showing the last valid result.", zh: "{fields}：无效。显示最近一次有效的结果。"},
  "hc.invalidNone": {
    en: "{fields}: invalid. Fill in all {n} values to see a result.",
    zh: "{fields}：无效。填写全部 {n} 个数值后显示结果。"
  },
  "hc.riskValue": {en: "Risk value f = ", zh: "风险值 f = "},
  "hc.thresholds": {en: " (safety below {t1}, severe from {t2})", zh: "（低于 {t1} 为安全区，{t2} 及以上为严重预警区）"},
  "hc.edited": {en: " (edited)", zh: "（已修改）"},
  "hc.checked": {en: "the checked declaration", zh: "所检查的申报"},
  "hc.radarCaption": {
    en: "The checked declaration's improved radar chart, filled in its zone's colour.",
    zh: "所检查申报的改进雷达图，按其所在分区的颜色填充。"
  },
  "hc.noResult": {en: "No result yet.", zh: "尚无结果。"},
  "hc.unknownIndicator": {en: "Unknown indicator {id}.", zh: "未知指标 {id}。"},
  "hc.empty": {en: "Enter a value.", zh: "请输入数值。"},
  "hc.notNumber": {en: "“{text}” is not a number.", zh: "“{text}”不是数字。"},
  "hc.tooLarge": {en: "The number is too large.", zh: "数值过大。"},
  "hc.scoreRange": {en: "A score must be between 0 and 100.", zh: "评分必须在 0 到 100 之间。"},
  "hc.negative": {en: "{name} cannot be negative.", zh: "{name}不能为负数。"},
  "hc.startDeclaration": {en: "Declaration {id} (#{sample}, {source} scores)", zh: "申报 {id}（第 {sample} 条，{source}评分）"},
  "hc.sourceExpert": {en: "expert", zh: "专家"},
  "hc.sourceRidge": {en: "ridge", zh: "岭回归"},
  "hc.startStandard": {en: "Standard sample {level}", zh: "标准样本 {level}"},

  "hc.fillIn": {en: "Fill in all {n} values to see a result ({empty} empty).", zh: "填写全部 {n} 个数值后显示结果（{empty} 个为空）。"},
  "hc.listSep": {en: ", ", zh: "、"},
  "hc.outcome": {en: "{outcome} ({date})", zh: "{outcome}（{date}）"},
  "hc.outcomeFraud": {en: "inspected and found fraudulent", zh: "经查验存在瞒骗"},
  "hc.outcomeCritical": {en: " (critical)", zh: "（严重瞒骗）"},
  "hc.outcomeClean": {en: "inspected and found clean", zh: "经查验未发现瞒骗"},
  "hc.ex1.question": {
    en: "Start from “{start}” (C5, net mass, is {kg} kg) and raise C5 to {target} kg. What happens to x*₅, the risk value and the zone?",
    zh: "从“{start}”出发（C5 净重为 {kg} kg），把 C5 提高到 {target} kg。x*₅、风险值和预警分区会怎样变化？"
  },
  "hc.ex1.hint": {
    en: "C5 is the only cost indicator: the paper treats a lighter parcel as riskier.",
    zh: "C5 是唯一的成本型指标：论文认为包裹越轻，风险越高。"
  },
  "hc.ex1.answer": {
    en: "x*₅ falls from {x0} to {x1} ({target} kg is the {level} standard sample's net mass). The risk value falls from {f0} ({z0}) to {f1} ({z1}){tail}",
    zh: "x*₅ 从 {x0} 降到 {x1}（{target} kg 是 {level} 标准样本的净重）。风险值从 {f0}（{z0}）降到 {f1}（{z1}）{tail}"
  },
  "hc.ex1.same": {en: ": the zone stays the same.", zh: "：预警分区不变。"},
  "hc.ex1.moves": {
    en: ": the heavier parcel alone moves the declaration across the threshold {t}.",
    zh: "：仅仅包裹变重，就使该申报越过了阈值 {t}。"
  },
  "hc.ex2.question": {
    en: "From “{start}”, set one of the {n} scores to 0 at a time. Which score, set to 0, lowers the risk value the most, and why that one?",
    zh: "从“{start}”出发，每次把 {n} 个评分中的一个设为 0。哪一个评分设为 0 时风险值下降最多？为什么是它？"
  },
  "hc.ex2.answer": {
    en: "{id} ({name}): the risk value drops by {drop}, from {base} to {after}. All {n} scores start at {level}, so only the weights differ: {why}",
    zh: "{id}（{name}）：风险值下降 {drop}，从 {base} 降到 {after}。{n} 个评分的起点都是 {level}，只有权重不同：{why}"
  },
  "hc.ex2.heaviest": {
    en: "{id} has the largest published weight among the scores ({w}), so its sector of the radar chart is the widest.",
    zh: "{id} 在各评分指标中发表权重最大（{w}），因此它在雷达图中的扇形最宽。"
  },
  "hc.ex2.notHeaviest": {
    en: "the largest score weight is {heavy}'s ({w}), yet {id} matters more: the risk value is not linear in the weights.",
    zh: "评分指标中权重最大的是 {heavy}（{w}），但 {id} 的影响更大：风险值并不是权重的线性函数。"
  },
  "hc.ex3.question": {
    en: "Type {value} into C10 (tax rate). What does the page do, and what happens to the risk value?",
    zh: "在 C10（税率）中输入 {value}。页面会怎样处理？风险值又会怎样？"
  },
  "hc.ex3.answer": {
    en: "The field is flagged: “{message}” The risk value, zone and chart stay at the last valid values until the field is corrected: the check never shows a number computed from invalid input.",
    zh: "该字段被标出：“{message}”在改正之前，风险值、预警分区和雷达图保持最近一次的有效值：检查从不显示由无效输入算出的数字。"
  },

  // The file scorer (src/components/fileScore.ts, src/lib/pages/scoreView.ts)
  "file.aria": {en: "A CSV file of declarations in the dataset's schema", zh: "符合数据集格式的申报 CSV 文件"},
  "file.choose": {en: "Choose a CSV file of declarations, or drop it here: ", zh: "选择一个申报 CSV 文件，或拖放到这里："},
  "file.reading": {en: "Reading {file}…", zh: "正在读取 {file}…"},
  "file.progress": {en: "Reading {file}: {rows} rows so far…", zh: "正在读取 {file}：已读 {rows} 行…"},
  "file.failed": {en: "{message} Nothing was scored.", zh: "{message} 未评分任何申报。"},
  "file.done": {
    en: "{file}: {read} rows read, {scored} scored, {left} left out, in {seconds} s.",
    zh: "{file}：读取 {read} 行，评分 {scored} 行，剔除 {left} 行，用时 {seconds} 秒。"
  },
  "score.rankProbability": {en: "Fraud probability (the routed gradient-boosted trees)", zh: "瞒骗概率（按新旧分流的梯度提升树）"},
  "score.rankRisk": {en: "Risk value (the paper's index, ridge-scored indicators)", zh: "风险值（论文的指数，指标由岭回归评分）"},
  "score.rankIndex": {en: "Data-driven index (the paper's formula, category fraud rates)", zh: "数据驱动指数（论文的公式，类别瞒骗率）"},
  "score.colRank": {en: "rank", zh: "名次"},
  "score.colId": {en: "Declaration ID", zh: "申报编号"},
  "score.colZone": {en: "zone", zh: "分区"},
  "score.colRisk": {en: "risk value", zh: "风险值"},
  "score.colIndex": {en: "data-driven index", zh: "数据驱动指数"},
  "score.colProbability": {en: "fraud probability", zh: "瞒骗概率"},
  "score.colRoute": {en: "route", zh: "分流"},
  "score.colFraud": {en: "fraud", zh: "瞒骗"},
  "score.colReasons": {en: "reasons", zh: "原因"},
  "score.noValid": {en: "No valid declaration to rank.", zh: "没有可排序的有效申报。"},
  "score.head": {
    en: "Inspecting the top {rate}% means {inspected} of the {scored} scored declarations.",
    zh: "查验风险最高的 {rate}%，即 {scored} 条已评分申报中的 {inspected} 条。"
  },
  "score.copied": {
    en: " {seen} of them carry an exact Item Price the training months had: on this synthetic benchmark such a row's label is recognised, not predicted (see “Does it catch fraud?”).",
    zh: "其中 {seen} 条的完税价格与训练月份中某条申报完全相同：在这个合成基准上，这类申报的标签是被“认出”的，而非被预测的（见“能否发现瞒骗？”）。"
  },
  "score.noLabels": {
    en: "{head} The file has no Fraud column, so what they would catch cannot be measured.{copied}",
    zh: "{head}该文件没有 Fraud 列，因此无法衡量它们能查出多少瞒骗。{copied}"
  },
  "score.outcome": {
    en: "{head} They hold {caught} frauds: precision {precision}, recall {recall}, duty of the frauds caught {duty}.{copied}",
    zh: "{head}其中有 {caught} 条瞒骗：精确率（命中率）{precision}，召回率 {recall}，查出的瞒骗所涉税款占 {duty}。{copied}"
  },
  "score.reasonSep": {en: "; ", zh: "；"},
  "score.routeSeen": {en: "seen price", zh: "已见价格"},
  "score.routeNew": {en: "new price", zh: "新价格"},
  "score.colLine": {en: "line", zh: "行"},
  "score.colField": {en: "field", zh: "字段"},
  "score.colValue": {en: "value", zh: "取值"},
  "score.colReason": {en: "reason", zh: "原因"},

  // What the dataset's reader says about a file (src/lib/data/, translated by src/lib/fileScoring/messages.ts):
  // the English of each is the reader's own wording, a template the translator matches
  "msg.empty": {en: "is empty", zh: "为空"},
  "msg.notDate": {en: "is not an ISO date YYYY-MM-DD", zh: "不是 ISO 格式的日期（YYYY-MM-DD）"},
  "msg.notNumber": {en: "is not a number", zh: "不是数字"},
  "msg.notFinite": {en: "is not a finite number", zh: "不是有限数值"},
  "msg.negative": {en: "is negative", zh: "为负数"},
  "msg.binary": {en: "must be 0 or 1", zh: "必须为 0 或 1"},
  "msg.critical": {en: "must be 0, 1 or 2", zh: "必须为 0、1 或 2"},
  "msg.withValue": {en: '{reason} (value "{value}")', zh: "{reason}（取值“{value}”）"},
  "msg.rowShort": {
    en: "the row has {n} fields, expected {width}: it ends before this field",
    zh: "该行有 {n} 个字段，应为 {width} 个：在此字段之前就结束了"
  },
  "msg.rowLong": {
    en: "the row has {n} fields, expected {width}: {extra} extra after this field",
    zh: "该行有 {n} 个字段，应为 {width} 个：此字段之后多出 {extra} 个"
  },
  "msg.rowEmpty": {en: "the row is empty", zh: "该行为空"},
  "msg.rowCsv": {en: "the row is not valid CSV: {reason}", zh: "该行不是有效的 CSV：{reason}"},
  "msg.quoteText": {
    en: 'text after the closing quote of a quoted field (a quote inside a field is written "")',
    zh: '带引号字段的闭合引号之后还有文字（字段内的引号应写作 ""）'
  },
  "msg.quoteOpen": {en: "a quoted field opened on line {line} is never closed", zh: "第 {line} 行开始的带引号字段始终没有闭合"},
  "msg.fieldLong": {
    en: "a field longer than {max} characters: is a quote left unclosed?",
    zh: "有字段超过 {max} 个字符：是否有引号未闭合？"
  },
  "msg.duplicate": {en: "duplicate Declaration ID: first on line {line}", zh: "Declaration ID 重复：首次出现在第 {line} 行"},
  "msg.noteExtra": {
    en: "{file}: {n} columns not in the dataset's schema ignored: {list}",
    zh: "{file}：已忽略 {n} 个不属于数据集格式的列：{list}"
  },
  "msg.noteExtra1": {
    en: "{file}: {n} column not in the dataset's schema ignored: {list}",
    zh: "{file}：已忽略 {n} 个不属于数据集格式的列：{list}"
  },
  "msg.noteUnlabelled": {
    en: "{file}: no {list} column: the file is scored, but nothing can be said about what its selection would catch",
    zh: "{file}：没有 {list} 列：文件照常评分，但无法衡量所选申报能查出多少瞒骗"
  },
  "msg.noteReordered": {
    en: "{file}: the columns are not in the dataset's order; they are read by name",
    zh: "{file}：各列顺序与数据集不同，按列名读取"
  },
  "msg.headerColumn": {en: 'header column {j} should be "{name}", found {found}', zh: "表头第 {j} 列应为“{name}”，实为 {found}"},
  "msg.headerCount": {en: "header has {n} columns, expected {m}", zh: "表头有 {n} 列，应为 {m} 列"},
  "msg.headerTwice": {
    en: 'the header has column "{name}" twice (columns {a} and {b})',
    zh: "表头中列“{name}”出现了两次（第 {a} 列和第 {b} 列）"
  },
  "msg.headerNone": {
    en: "none of the dataset's {n} columns is in the header ({found}): is the header line missing?",
    zh: "表头中没有数据集 {n} 列中的任何一列（{found}）：是否缺少表头行？"
  },
  "msg.firstEmpty": {en: "the first line is empty", zh: "第一行为空"},
  "msg.firstHas": {en: "its first line has {list}", zh: "第一行为 {list}"},
  "msg.lacks1": {en: "the header lacks column {list}", zh: "表头缺少列 {list}"},
  "msg.lacksN": {en: "the header lacks {n} columns {list}", zh: "表头缺少 {n} 列：{list}"},
  "msg.foundInstead": {en: '(found "{found}" instead, column {col})', zh: "（第 {col} 列为“{found}”，应是此列）"},
  "msg.headerCsv": {en: "the header (line {line}) is not valid CSV: {reason}", zh: "表头（第 {line} 行）不是有效的 CSV：{reason}"},
  "msg.line": {en: "line {line}: {problem}", zh: "第 {line} 行：{problem}"},
  "msg.fileEmpty": {en: "the file is empty", zh: "文件为空"},
  "msg.located": {en: "{place}: {problem}", zh: "{place}：{problem}"},
  "msg.atRow": {en: "{place}, row {row}", zh: "{place}，第 {row} 行"},
  "msg.atField": {en: '{place}, field "{field}"', zh: "{place}，字段“{field}”"},

  // The declaration page (src/lib/pages/declarationPage.ts)
  "declaration.citation": {
    en: "Declaration {id}, Customs Import Declaration Datasets (Jeong et al., 2022), assessed in “Customs risk early warning for cross-border e-commerce: an interactive, reproducible report”, {url}",
    zh: "申报 {id}，Customs Import Declaration Datasets（Jeong 等，2022），评估见《跨境电商商品海关风险预警：可复现的交互式报告》，{url}"
  }
} as const satisfies Record<string, Text>;
