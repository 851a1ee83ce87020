/** Texts of the fraud benchmark (validation). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const VALIDATION_TEXTS = {
  // Ranking names and descriptions, by ranking name: the registry (loaders/validation/rankings.ts) writes
  // the English into the build data, the pages show it in either language (benchmarkReading rankingLabel)
  "val.rank.random": {en: "Random", zh: "随机查验"},
  "val.rank.lookupPrice": {en: "Exact-value lookup: Item Price", zh: "精确值查表：完税价格（Item Price）"},
  "val.rank.lookupHs6Price": {en: "Exact-value lookup: (HS6 code, Item Price)", zh: "精确值查表：（HS6 编码，完税价格）"},
  "val.rank.gbdt": {en: "Gradient-boosted trees (ours)", zh: "梯度提升树（本报告）"},
  "val.rank.revenueAware": {en: "Revenue-aware: GBDT probability × duty", zh: "税收导向：梯度提升树概率 × 税款"},
  "val.rank.gbdtLabelEncoded": {en: "Gradient-boosted trees, authors' encoding", zh: "梯度提升树（数据集作者的编码）"},
  "val.rank.gbdtNovel": {en: "Gradient-boosted trees for new declarations", zh: "面向新申报的梯度提升树"},
  "val.rank.gbdtRouted": {en: "Gradient-boosted trees, routed by novelty", zh: "按是否新申报分流的梯度提升树"},
  "val.rank.bpNetwork": {en: "BP network, fraud labels (tfjs)", zh: "BP神经网络（瞒骗标签，tfjs）"},
  "val.rank.logistic": {en: "Logistic regression (ours)", zh: "逻辑回归（本报告）"},
  "val.rank.indexPaper": {
    en: "Paper's index (expert/ridge scores, published weights)",
    zh: "论文风险指数（专家/岭回归评分，论文发表权重）"
  },
  "val.rank.indexPaperTextbook": {
    en: "Paper's index (expert/ridge scores, textbook weights)",
    zh: "论文风险指数（专家/岭回归评分，教科书熵权）"
  },
  "val.rank.indexDataDriven": {
    en: "Paper's index (data-driven scores, published weights)",
    zh: "论文风险指数（数据驱动评分，论文发表权重）"
  },
  "val.rank.indexDataDrivenTextbook": {
    en: "Paper's index (data-driven scores, textbook weights)",
    zh: "论文风险指数（数据驱动评分，教科书熵权）"
  },
  "val.rank.gbdtAll": {en: "Gradient-boosted trees, trained on all", zh: "梯度提升树（用全部申报训练）"},
  "val.rank.bpNetworkAll": {en: "BP network, trained on all", zh: "BP神经网络（用全部申报训练）"},
  "val.rank.lookupPriceAll": {en: "Exact-value lookup: Item Price, all training months", zh: "精确值查表：完税价格（全部训练月份）"},
  "val.desc.random": {en: "Inspect declarations at random (the base rate).", zh: "随机查验申报（即基准瞒骗率）。"},
  "val.desc.lookupPrice": {
    en: "The training months' smoothed fraud rate of the declaration's exact Item Price; an unseen value gets the prior. Not a model: it reads the labels the synthetic data copy with their values, which is what this benchmark rewards.",
    zh: "申报的完税价格（Item Price）在训练期的平滑瞒骗率；未出现过的数值取先验值。这不是模型：它读取的是合成数据随数值一起复制的标签，而这正是该基准所奖励的。"
  },
  "val.desc.lookupHs6Price": {
    en: "The training months' smoothed fraud rate of the declaration's exact (HS6 code, Item Price); an unseen value gets the prior. Not a model: it reads the labels the synthetic data copy with their values, which is what this benchmark rewards.",
    zh: "申报的（HS6 编码，完税价格）组合在训练期的平滑瞒骗率；未出现过的组合取先验值。这不是模型：它读取的是合成数据随数值一起复制的标签，而这正是该基准所奖励的。"
  },
  "val.desc.gbdt": {
    en: "Histogram GBDT on target/frequency-encoded categories and derived quantities; early stopping on the validation months.",
    zh: "直方图梯度提升树，输入为目标编码/频次编码的类别变量及派生数量；按验证期提前停止。"
  },
  "val.desc.revenueAware": {
    en: "Our GBDT's fraud probability times the duty at stake (Item Price × Tax Rate / 100): the expected duty an inspection recovers.",
    zh: "本报告梯度提升树的瞒骗概率乘以涉及税款（完税价格 × 税率 / 100）：一次查验预期追回的税款。"
  },
  "val.desc.gbdtLabelEncoded": {
    en: "The same GBDT on the dataset authors' inputs: categories as integer codes, the three quantities; no target encoding.",
    zh: "同一梯度提升树，使用数据集作者的输入：类别变量记为整数编码，加上三个数量变量；不做目标编码。"
  },
  "val.desc.gbdtNovel": {
    en: "An attempt to rank novel declarations: trained on the {n} training declarations whose exact price occurs once in 2020, on category-level rates of product, route and procedure, net mass, tax rate and unit value against the HS6 norm (no price, no party identifiers); early stopping on the validation months' novel rows.",
    zh: "尝试为新申报排序：仅用完税价格在 2020 年只出现一次的 {n} 条训练申报训练，输入为商品、路线与程序的类别级瞒骗率、净重、税率以及相对 HS6 常值的单价（不含价格，不含当事方标识）；按验证期新申报提前停止。"
  },
  "val.desc.gbdtRouted": {
    en: "Our GBDT for declarations whose exact price occurs in the training months, the specialist for the others: what a service could run, knowing which declarations are new.",
    zh: "完税价格在训练期出现过的申报用本报告的梯度提升树，其余申报用面向新申报的专门模型：海关知道哪些申报是新的，因而可以这样运行。"
  },
  "val.desc.bpNetwork": {
    en: "The paper's network family (sigmoid then tanh hidden layers) trained on the fraud labels with cross-entropy.",
    zh: "论文的网络结构（sigmoid 隐含层后接 tanh 隐含层），以交叉熵在瞒骗标签上训练。"
  },
  "val.desc.logistic": {
    en: "L2-regularised logistic regression on the same features (deterministic: one fit).",
    zh: "相同特征上的 L2 正则化逻辑回归（确定性：只拟合一次）。"
  },
  "val.desc.indexPaper": {
    en: "The paper's risk value f with its expert/ridge indicator scores and published entropy weights; no fraud label used.",
    zh: "论文的风险值 f，采用其专家/岭回归指标评分与论文发表的熵权；未使用任何瞒骗标签。"
  },
  "val.desc.indexPaperTextbook": {
    en: "As above with the textbook entropy weights w = (1 − e)/Σ(1 − e).",
    zh: "同上，改用教科书熵权 w = (1 − e)/Σ(1 − e)。"
  },
  "val.desc.indexDataDriven": {
    en: "The paper's risk value f with each category scored by its training-month fraud rate (0-100), published weights.",
    zh: "论文的风险值 f，每个类别按其训练期瞒骗率评分（0-100），采用论文发表的权重。"
  },
  "val.desc.indexDataDrivenTextbook": {en: "Data-driven scores with the textbook entropy weights.", zh: "数据驱动评分，采用教科书熵权。"},
  "val.desc.fittedOnAll": {
    en: " Fitted on all {n} training declarations, scoring the e-commerce ones.",
    zh: "用全部 {n} 条训练申报拟合，为其中的跨境电商申报评分。"
  },
  // Ranking families
  "val.family.baseline": {en: "baseline", zh: "基准"},
  "val.family.yardstick": {en: "yardstick", zh: "参照"},
  "val.family.index": {en: "index", zh: "风险指数"},
  "val.family.model": {en: "model", zh: "模型"},
  // Model inputs (feature names: the identifier stays, its kind is translated)
  "val.feature.fraudRate": {en: "{name}: fraud rate", zh: "{name}：瞒骗率"},
  "val.feature.logFrequency": {en: "{name}: log frequency", zh: "{name}：对数频次"},
  "val.feature.code": {en: "{name}: code", zh: "{name}：编码"},
  // Table columns (English: the columns the page and its downloads have always had)
  "val.col.ranking": {en: "ranking", zh: "排序方法"},
  "val.metric.precision": {en: "Precision", zh: "精确率"},
  "val.metric.recall": {en: "Recall", zh: "召回率"},
  "val.metric.dutyCaught": {en: "Duty caught", zh: "追回税款"},
  "val.col.kind": {en: "kind", zh: "类型"},
  "val.col.aucAll": {en: "AUC, all", zh: "AUC（全部）"},
  "val.col.aucNovel": {en: "AUC, novel", zh: "AUC（新申报）"},
  "val.col.precisionAtAll": {en: "precision@{x}%, all", zh: "精确率@{x}%（全部）"},
  "val.col.precisionAtNovel": {en: "precision@{x}%, novel", zh: "精确率@{x}%（新申报）"},
  "val.col.precision": {en: "precision", zh: "精确率"},
  "val.col.recall": {en: "recall", zh: "召回率"},
  "val.col.dutyCaught": {en: "duty caught", zh: "追回税款占比"},
  "val.col.seeds": {en: "seeds", zh: "种子数"},
  "val.col.precisionAt": {en: "precision@{x}%", zh: "精确率@{x}%"},
  "val.col.recallAt": {en: "recall@{x}%", zh: "召回率@{x}%"},
  "val.col.dutyAt": {en: "duty@{x}%", zh: "税款@{x}%"},
  "val.col.criticalRecallAt": {en: "critical recall@{x}%", zh: "严重瞒骗召回率@{x}%"},
  "val.col.macroF1": {en: "macro-F1", zh: "宏平均 F1"},
  "val.col.rounds": {en: "rounds per seed", zh: "各种子的迭代轮数"},
  "val.col.month": {en: "month", zh: "月份"},
  "val.col.declarations": {en: "declarations", zh: "申报数"},
  "val.col.fraudRate": {en: "fraud rate", zh: "瞒骗率"},
  "val.col.novelShare": {en: "novel share", zh: "新申报占比"},
  "val.col.novelRetrained": {en: "novel rows (retrained)", zh: "新申报数（每月重训模型）"},
  "val.col.split": {en: "split", zh: "数据划分"},
  "val.col.rows": {en: "rows", zh: "申报数"},
  "val.col.seenPrice": {en: "exact Item Price seen in 2020", zh: "完税价格在 2020 年出现过"},
  "val.col.share": {en: "share", zh: "占比"},
  "val.col.population": {en: "population", zh: "总体"},
  "val.col.splitRows": {en: "{split} rows", zh: "{split}申报数"},
  "val.col.splitFrauds": {en: "{split} frauds", zh: "{split}瞒骗数"},
  "val.col.what": {en: "what", zh: "说明"},
  "val.split.train": {en: "train", zh: "训练期"},
  "val.split.valid": {en: "valid", zh: "验证期"},
  "val.split.test": {en: "test", zh: "测试期"},
  // Row values of the fixed tables
  "val.overlap.valid": {en: "validation months (2021 Q1)", zh: "验证期（2021 年第一季度）"},
  "val.overlap.test": {en: "test months (2021 Q2)", zh: "测试期（2021 年第二季度）"},
  "val.overlap.testHs6Price": {en: "test months, (HS6, Item Price)", zh: "测试期，（HS6，完税价格）组合"},
  "val.protocol.all": {en: "All declarations", zh: "全部申报"},
  "val.protocol.ecommerce": {en: "E-commerce (Import Type 15)", zh: "跨境电商（进口类型 15）"},
  // Populations
  "val.population.all": {en: "all declarations", zh: "全部申报"},
  "val.population.novel": {en: "novel declarations", zh: "新申报"},
  "val.population.ecommerce": {en: "e-commerce declarations", zh: "跨境电商申报"},
  "val.choice.all": {en: "All {n} test declarations", zh: "全部 {n} 条测试申报"},
  "val.choice.novel": {en: "The {n} novel declarations (unseen price)", zh: "{n} 条新申报（价格未出现过）"},
  "val.choice.ecommerce": {en: "The {n} e-commerce test declarations", zh: "{n} 条跨境电商测试申报"},
  "val.points.all": {en: "all test rows", zh: "全部测试申报"},
  "val.points.novel": {en: "novel rows", zh: "新申报"},
  // Month by month
  "val.drift.static": {en: "trained once on 2020", zh: "仅用 2020 年数据训练一次"},
  "val.drift.retrained": {en: "retrained every month", zh: "每月重新训练"},
  "val.drift.allRows": {en: "all rows", zh: "全部申报"},
  "val.drift.novelRows": {en: "novel rows", zh: "新申报"},
  "val.drift.lookupPrice": {en: "exact-price lookup", zh: "精确价格查表"},
  "val.drift.gbdtLabelEncoded": {en: "GBDT, authors' encoding", zh: "梯度提升树（作者编码）"},
  "val.drift.gbdt": {en: "GBDT (ours)", zh: "梯度提升树（本报告）"},
  "val.drift.tip": {
    en: "{month}, {model} ({training})\n{metric} on {rows}: {value}",
    zh: "{month}，{model}（{training}）\n{rows}的{metric}：{value}"
  },
  // Captions made by the page model
  "val.caption.auc": {
    en: "What to see: how far each ranking falls from all test rows (blue) to the novel declarations (orange). Lines are bootstrap 95% intervals ({replicates} resamples of the rows); the dashed rule is chance.",
    zh: "看点：每种排序从全部测试申报（蓝色）到新申报（橙色）下降了多少。线段为自助法 95% 区间（对申报重抽样 {replicates} 次）；虚线为随机水平。"
  },
  "val.caption.concentration": {
    en: "What to see: how few frauds hold most of the duty at risk (test months; dashed: 90%).",
    zh: "看点：涉险税款的大部分集中在多么少的瞒骗申报上（测试期；虚线：90%）。"
  },
  "val.caption.frontier": {
    en: "What to see: at {rates} inspection, how much precision a ranking gives up to recover more duty (our GBDT's probabilities, mean of {seeds} seeds, all test rows).",
    zh: "看点：查验率为 {rates} 时，排序为追回更多税款要放弃多少精确率（本报告梯度提升树的概率，{seeds} 个种子的均值，全部测试申报）。"
  },
  "val.caption.frontierJoin": {en: " and ", zh: " 与 "},
  "val.caption.drift": {
    en: "What to see: whether retraining (dashed) keeps precision and AUC up month after month, on all rows and on the rows new to each model. The validation months (January to March) chose the stopping round of the static models.",
    zh: "看点：每月重新训练（虚线）能否让精确率与 AUC 逐月保持，分别看全部申报与对各模型而言的新申报。静态模型的停止轮数由验证期（1 月至 3 月）选定。"
  },
  "val.zone.oneZone": {
    en: "All {n} fall in the {zone} zone: with these scores the paper's thresholds do not divide the declarations at all.",
    zh: "全部 {n} 条申报都落在{zone}：采用这些评分时，论文的阈值根本没有把申报分开。"
  },
  "val.zone.whyDataDriven": {
    en: " The data-driven scores are 100 × a category's fraud rate in the training months, so they sit near the base rate, far below the expert scores the paper's thresholds were set on: every risk value lands under the first threshold.",
    zh: "数据驱动评分等于 100 × 类别在训练期的瞒骗率，因此接近基准瞒骗率，远低于论文设定阈值时所依据的专家评分：每个风险值都低于第一个阈值。"
  },
  "val.zone.ifWarned": {
    en: "If the zones warned of fraud, the rate would rise from safety to severe.",
    zh: "如果预警分区能预警瞒骗，瞒骗率应从安全区到严重预警区逐级上升。"
  },
  "val.zone.caption": {
    en: "{label}: fraud rate of the test months' {population} in each of the paper's warning zones. {what} The dashed rule is the base rate.",
    zh: "{label}：测试期{population}在论文各预警分区中的瞒骗率。{what}虚线为基准瞒骗率。"
  },
  "val.zone.text": {en: "{rate} in the {zone} zone ({n} declarations)", zh: "{zone} {rate}（{n} 条申报）"},
  "val.zone.join": {en: ", ", zh: "，"},
  "val.random.note": {
    en: "Random inspection's {p} at {rate}% is the mean of {seeds} random draws; its expected value is the base rate, {base} (the “at random” of the text and cards here and on the summary): the gap is the luck of the draws.",
    zh: "随机查验在 {rate}% 处的 {p} 是 {seeds} 次随机抽取的均值；其期望值为基准瞒骗率 {base}（即本页与摘要页正文和卡片中的“随机查验”）：两者之差是抽取的运气。"
  },
  "val.curve.precision": {en: "the share of inspections that find fraud", zh: "查出瞒骗的查验所占比例"},
  "val.curve.recall": {en: "the share of frauds caught", zh: "被查获的瞒骗所占比例"},
  "val.curve.dutyCaught": {en: "the share of duty at risk recovered", zh: "追回的涉险税款所占比例"},
  "val.curve.published": {
    en: " Diamonds: the dataset authors' published precision at 5% and 10% (same test months).",
    zh: "菱形：数据集作者发表的 5% 与 10% 查验率下的精确率（同一测试期）。"
  },
  "val.curve.caption": {
    en: "What to see: how {what} changes as customs inspects more declarations; the dashed rule is the chosen rate.{published}",
    zh: "看点：随着海关查验更多申报，{what}如何变化；虚线为所选查验率。{published}"
  },
  // Charts (src/components/selectionCharts.ts)
  "val.chart.yPrecision": {en: "Precision (share of inspections that find fraud)", zh: "精确率（查出瞒骗的查验所占比例）"},
  "val.chart.yRecall": {en: "Recall (share of frauds caught)", zh: "召回率（被查获的瞒骗所占比例）"},
  "val.chart.yDuty": {en: "Duty at risk caught (share)", zh: "追回的涉险税款（占比）"},
  "val.chart.xRate": {en: "Inspection rate (% of declarations, highest risk first)", zh: "查验率（申报的百分比，风险最高者优先）"},
  "val.chart.published": {en: "{model} (published)", zh: "{model}（已发表）"},
  "val.chart.curveTip": {en: "{ranking}\n{rate}% inspected: {value}", zh: "{ranking}\n查验 {rate}%：{value}"},
  "val.confusion.aria": {en: "Confusion matrix", zh: "混淆矩阵"},
  "val.confusion.flagged": {en: "Flagged as fraud", zh: "判为瞒骗"},
  "val.confusion.notFlagged": {en: "Not flagged", zh: "未判为瞒骗"},
  "val.confusion.fraud": {en: "Fraud (inspection found it)", zh: "瞒骗（查验发现）"},
  "val.confusion.noFraud": {en: "No fraud", zh: "无瞒骗"},
  "val.confusion.caught": {en: "{n} caught", zh: "查获 {n}"},
  "val.confusion.missed": {en: "{n} missed", zh: "漏查 {n}"},
  "val.confusion.needless": {en: "{n} needless inspections", zh: "无效查验 {n}"},
  "val.confusion.cleared": {en: "{n} rightly cleared", zh: "正确放行 {n}"},
  "val.chart.zoneX": {en: "Fraud rate in the test months", zh: "测试期瞒骗率"},
  "val.chart.zoneEmpty": {en: "no declarations", zh: "无申报"},
  "val.chart.zoneBar": {en: "{rate} of {n}", zh: "{n} 条中 {rate}"},
  "val.chart.aucX": {en: "ROC-AUC on the test months (0.5 = chance, 1 = perfect)", zh: "测试期 ROC-AUC（0.5 = 随机，1 = 完美）"},
  "val.chart.aucTip": {en: "{ranking}\n{population}: AUC {auc}{ci}", zh: "{ranking}\n{population}：AUC {auc}{ci}"},
  "val.chart.concentrationX": {en: "Largest k frauds by duty at stake (of {n})", zh: "按涉及税款排序的前 k 条瞒骗（共 {n} 条）"},
  "val.chart.concentrationY": {en: "Share of all duty at risk", zh: "占全部涉险税款的比例"},
  "val.chart.frontierX": {en: "Share of the duty at risk recovered", zh: "追回的涉险税款比例"},
  "val.chart.frontierRate": {en: "top {x}%", zh: "前 {x}%"},
  "val.chart.frontierTip": {
    en: "{rate}, α = {alpha}\nprecision {precision}, duty {duty}",
    zh: "{rate}，α = {alpha}\n精确率 {precision}，税款 {duty}"
  },
  // Published baselines (data/published-baselines.csv): the sources by their exact English text
  "val.col.model": {en: "model", zh: "模型"},
  "val.col.data": {en: "data", zh: "数据"},
  "val.col.source": {en: "source", zh: "来源"},
  "val.data.synthetic": {en: "synthetic", zh: "合成数据"},
  "val.data.real": {en: "real", zh: "真实数据"},
  "val.model.randomForest": {en: "Random Forest", zh: "随机森林"},
  "val.model.decisionTree": {en: "Decision Tree", zh: "决策树"},
  "val.model.logisticRegression": {en: "Logistic Regression", zh: "逻辑回归"},
  "val.model.realData": {en: "{model} (real data)", zh: "{model}（真实数据）"},
  "val.model.notebook": {en: "{model} (dataset notebook)", zh: "{model}（数据集示例 notebook）"},
  "val.source.lightgbm": {
    en: "arXiv 2208.02484 (Customs Import Declaration Datasets), Table 3: synthetic data, test 2021 Q2, mean of 5 runs",
    zh: "arXiv 2208.02484（Customs Import Declaration Datasets），表 3：合成数据，测试期 2021 年第二季度，5 次运行的均值"
  },
  "val.source.table3": {en: "arXiv 2208.02484, Table 3", zh: "arXiv 2208.02484，表 3"},
  "val.source.notebook": {
    en: "Customs-Declaration-Datasets XGBoost notebook: random oversampling, threshold 0.5, test macro-F1",
    zh: "Customs-Declaration-Datasets 的 XGBoost notebook：随机过采样，阈值 0.5，测试期宏平均 F1"
  },
  "val.source.real": {
    en: "arXiv 2208.02484, Table 3: the real source data (24.7 million Korean declarations, not public) beside the synthetic copy, mean of 5 runs",
    zh: "arXiv 2208.02484，表 3：真实源数据（2,470 万条韩国申报，未公开），与合成副本并列，5 次运行的均值"
  },
  // Retrain the BP network (src/components/fraudNetRetrain.ts)
  "val.retrain.training": {en: "Training…", zh: "正在训练……"},
  "val.retrain.auc": {en: "Test AUC", zh: "测试期 AUC"},
  "val.retrain.precision": {en: "Precision, top {rate}%", zh: "精确率，前 {rate}%"},
  "val.retrain.inspections": {en: "{caught} of {inspected} inspections", zh: "{inspected} 次查验中查获 {caught} 次"},
  "val.retrain.recall": {en: "Recall, top {rate}%", zh: "召回率，前 {rate}%"},
  "val.retrain.baseRate": {en: "base rate {rate}", zh: "基准瞒骗率 {rate}"},
  "val.retrain.epochs": {en: "Epochs", zh: "训练轮数"},
  "val.retrain.hidden1": {en: "Sigmoid units", zh: "sigmoid 层神经元数"},
  "val.retrain.hidden2": {en: "Tanh units", zh: "tanh 层神经元数"},
  "val.retrain.seed": {en: "Seed", zh: "随机种子"}
} as const satisfies Record<string, Text>;
