/** Texts of the BP training lab and the inspection planner (training, planner). Keyed, English and Chinese side by side (see ../catalogue.ts). */
import type {Text} from "./text.js";

export const LAB_TEXTS = {
  // The inspection planner's populations (src/lib/pages/plannerView.ts): a name alone, and after a number
  "plan.pop.all": {en: "all test declarations", zh: "全部测试申报"},
  "plan.pop.novel": {en: "novel declarations", zh: "新申报"},
  "plan.pop.ecommerce": {en: "e-commerce declarations", zh: "跨境电商申报"},
  "plan.noun.all": {en: "test declarations", zh: "条测试申报"},
  "plan.noun.novel": {en: "novel declarations", zh: "条新申报"},
  "plan.noun.ecommerce": {en: "e-commerce test declarations", zh: "条跨境电商测试申报"},
  "plan.popLabel": {en: "{n} {pop}", zh: "{pop}（{n} 条）"},
  "plan.note.baseline": {en: " — the floor: inspect at random", zh: " —— 底线：不依据任何信息地查验"},
  "plan.note.yardstick": {
    en: " — what the synthetic data reward (copied labels), not a usable method",
    zh: " —— 合成数据所奖励的（被复制的标签），并非可用的方法"
  },
  // The plan in words (planSentence)
  "plan.iv": {en: " (95% interval {lo}–{hi})", zh: "（95% 区间 {lo}–{hi}）"},
  "plan.buys": {
    en: "inspecting {rate} of the {n} {noun} ({k} inspections) finds {frauds} of their {total} frauds{iv} and recovers {duty} of duty ({dutyShare} of the duty at stake in their frauds), a net return of {net}",
    zh: "查验 {n} {noun}中的 {rate}（{k} 次查验），可发现其 {total} 起瞒骗中的 {frauds} 起{iv}，追缴税款 {duty}（占其瞒骗涉及税款的 {dutyShare}），净收益 {net}"
  },
  "plan.head": {
    en: "With {ranking} at {cost} an inspection{collected}, {buys}",
    zh: "采用“{ranking}”、每次查验成本 {cost}{collected}时，{buys}"
  },
  "plan.collected": {en: " and {share} of detected duty collected", zh: "、实际收缴已查出税款的 {share}"},
  "plan.tail": {
    en: "; on the {n} {noun}{novelNote} the same rate buys {k} inspections, {frauds} of {total} frauds and a net return of {net}",
    zh: "；在 {n} {noun}{novelNote}上，同一查验率对应 {k} 次查验，发现 {total} 起瞒骗中的 {frauds} 起，净收益 {net}"
  },
  "plan.novelNote": {en: " (an exact Item Price never seen in the training months)", zh: "（完税价格在训练期从未出现）"},
  "plan.tailEcommerce": {
    en: "; the e-commerce declarations with an unseen price are too few to plan apart",
    zh: "；完税价格未曾出现的跨境电商申报太少，无法单独规划"
  },
  "plan.sentence": {en: "{head}{tail}.", zh: "{head}{tail}。"},
  // The cards (src/components/plannerCharts.ts)
  "plan.card.inspected": {en: "Inspections", zh: "查验次数"},
  "plan.card.inspectedLine": {en: "{rate} of the {pop}", zh: "占{pop}的 {rate}"},
  "plan.card.frauds": {en: "Frauds found", zh: "发现瞒骗"},
  "plan.card.interval": {en: "95% interval {lo} – {hi}", zh: "95% 区间 {lo} – {hi}"},
  "plan.card.share": {en: "Share of all frauds", zh: "占全部瞒骗的比例"},
  "plan.card.shareLine": {en: "of {total} frauds; {hit} of inspections find one", zh: "共 {total} 起瞒骗；命中率 {hit}"},
  "plan.card.duty": {en: "Duty recovered", zh: "追缴税款"},
  "plan.card.dutyLine": {en: "{share} of the duty at stake in frauds", zh: "占瞒骗涉及税款的 {share}"},
  "plan.card.cost": {en: "Cost", zh: "查验成本"},
  "plan.card.costLine": {en: "{cost} × {n} inspections", zh: "{cost} × {n} 次查验"},
  "plan.card.net": {en: "Net return", zh: "净收益"},
  "plan.card.breakEven": {en: "breaks even at {cost} an inspection", zh: "盈亏平衡点：每次查验 {cost}"},
  "plan.card.best": {en: "best rate of the grid: {rate} ({net})", zh: "网格中的最佳查验率：{rate}（{net}）"},
  "plan.card.noneP": {
    en: "no rate of the grid pays; the least loss: {rate} ({net})",
    zh: "网格中没有能盈利的查验率；亏损最小：{rate}（{net}）"
  },
  // The chart
  "plan.chart.x": {en: "Inspection rate (% of declarations, highest risk first)", zh: "查验率（占申报的百分比，风险最高者优先）"},
  "plan.chart.yFrauds": {en: "Frauds found (% of the population's frauds)", zh: "发现的瞒骗（占该范围全部瞒骗的百分比）"},
  "plan.chart.tipFrauds": {
    en: "{series}\n{rate}: {n} inspections, {frauds} frauds ({share})",
    zh: "{series}\n{rate}：{n} 次查验，{frauds} 起瞒骗（{share}）"
  },
  "plan.chart.ariaFrauds": {en: "Frauds found against the inspection rate: {list}", zh: "发现的瞒骗与查验率：{list}"},
  "plan.chart.ariaFraudsItem": {en: "{series}: {share} of frauds at {rate}", zh: "{series}：查验率 {rate} 时发现 {share} 的瞒骗"},
  "plan.chart.yNet": {en: "Net return (million KRW)", zh: "净收益（百万韩元）"},
  "plan.chart.best": {en: "best {rate}", zh: "最佳 {rate}"},
  "plan.chart.tipNet": {en: "{series}\n{rate}: net {net}", zh: "{series}\n{rate}：净收益 {net}"},
  "plan.chart.ariaNet": {en: "Net return against the inspection rate: {list}", zh: "净收益与查验率：{list}"},
  "plan.chart.ariaNetItem": {en: "{series}: best at {rate}, {net}", zh: "{series}：最佳查验率 {rate}，{net}"},
  "plan.chart.sep": {en: "; ", zh: "；"},
  // The controls (src/components/plannerControls.ts)
  "plan.ctl.population": {en: "Declarations", zh: "申报范围"},
  "plan.ctl.ranking": {en: "Ranking", zh: "排序方法"},
  "plan.ctl.compare": {en: "Compare with", zh: "对比"},
  "plan.ctl.none": {en: "none", zh: "无"},
  "plan.ctl.mode": {en: "Budget as", zh: "预算方式"},
  "plan.ctl.modeRate": {en: "a share of declarations", zh: "按申报比例"},
  "plan.ctl.modeCount": {en: "a number of inspections", zh: "按查验次数"},
  "plan.ctl.rate": {en: "Inspection rate (%)", zh: "查验率（%）"},
  "plan.ctl.slider": {en: "Inspection rate (%), slider", zh: "查验率（%），滑块"},
  "plan.ctl.count": {en: "Inspections", zh: "查验次数"},
  "plan.ctl.countNote": {en: "Only {n} declarations here: all are inspected.", zh: "此范围只有 {n} 条申报：全部查验。"},
  "plan.ctl.cost": {en: "Cost per inspection (KRW)", zh: "每次查验成本（韩元）"},
  "plan.ctl.share": {en: "Recovery share (0–1)", zh: "收缴比例（0–1）"},
  "plan.costNote": {
    en: "An assumption, not data: {cost} unless you enter your own.",
    zh: "这是假设而非数据：除非您另行输入，否则按 {cost} 计。"
  },
  // The controls' messages (src/lib/pages/plannerState.ts)
  "plan.field.rate": {en: "Inspection rate", zh: "查验率"},
  "plan.field.count": {en: "Inspections", zh: "查验次数"},
  "plan.field.cost": {en: "Cost per inspection", zh: "每次查验成本"},
  "plan.field.share": {en: "Recovery share", zh: "收缴比例"},
  "plan.err.empty": {en: "{what}: enter a number.", zh: "{what}：请输入一个数。"},
  "plan.err.nan": {en: "{what}: “{text}” is not a number.", zh: "{what}：“{text}”不是数字。"},
  "plan.err.large": {en: "{what}: the number is too large.", zh: "{what}：数字过大。"},
  "plan.err.rate": {
    en: "Inspection rate: {value}% is not above 0% and at most 100%.",
    zh: "查验率：{value}% 不在大于 0%、不超过 100% 的范围内。"
  },
  "plan.err.count": {en: "Inspections: {value} is not a whole number of 1 or more.", zh: "查验次数：{value} 不是大于或等于 1 的整数。"},
  "plan.err.cost": {
    en: "Cost per inspection: {value} is negative; enter 0 KRW or more.",
    zh: "每次查验成本：{value} 是负数；请输入 0 韩元或以上。"
  },
  "plan.err.share": {
    en: "Recovery share: {text} is not between 0 and 1 (0% and 100%).",
    zh: "收缴比例：{text} 不在 0 与 1（0% 与 100%）之间。"
  },
  "plan.err.notEvaluated": {
    en: "{label} is not evaluated on this population: showing {fallback}.",
    zh: "“{label}”未在此申报范围上评估：改为显示“{fallback}”。"
  },
  "plan.err.unknownRanking": {
    en: "The address names a ranking “{name}” this page does not know: showing {fallback}.",
    zh: "网址中的排序方法“{name}”本页不认识：改为显示“{fallback}”。"
  },
  "plan.err.choice": {
    en: "The address gives {key} “{value}”, which is not one of {options}: showing {shown}.",
    zh: "网址中的 {key}“{value}”不是 {options} 之一：改为显示 {shown}。"
  },
  // The table at the standard rates: its columns as shown (the downloads keep the English names)
  "plan.col.population": {en: "population", zh: "申报范围"},
  "plan.col.rate": {en: "rate", zh: "查验率（%）"},
  "plan.col.inspected": {en: "inspected", zh: "查验次数"},
  "plan.col.frauds": {en: "frauds", zh: "发现瞒骗"},
  "plan.col.fraudsLow": {en: "frauds 95% low", zh: "瞒骗 95% 下限"},
  "plan.col.fraudsHigh": {en: "frauds 95% high", zh: "瞒骗 95% 上限"},
  "plan.col.fraudShare": {en: "share of frauds", zh: "瞒骗占比"},
  "plan.col.duty": {en: "duty recovered (KRW)", zh: "追缴税款（韩元）"},
  "plan.col.dutyShare": {en: "share of duty", zh: "税款占比"},
  "plan.col.cost": {en: "cost (KRW)", zh: "成本（韩元）"},
  "plan.col.net": {en: "net (KRW)", zh: "净收益（韩元）"},
  // The exercises (plannerExercises)
  "plan.ex1.q": {
    en: "Choose random inspection at {cost} an inspection. Which rate gives the best net return, and why?",
    zh: "选择随机查验，每次查验成本 {cost}。哪个查验率的净收益最高？为什么？"
  },
  "plan.ex1.hint": {
    en: "Look at the net-return panel: where does the random line peak?",
    zh: "看净收益图：随机查验的曲线在哪里达到最高点？"
  },
  "plan.ex1.pays": {en: "{rate}, netting {net}", zh: "{rate}，净收益 {net}"},
  "plan.ex1.none": {
    en: "None pays: every rate loses money, the least at {rate} ({net})",
    zh: "没有能盈利的查验率：每个查验率都亏损，亏损最小的是 {rate}（{net}）"
  },
  "plan.ex1.a": {
    en: "{verdict}. Inspecting at random finds frauds at the base rate, so an inspection recovers on average the duty at stake in frauds per declaration, {per}, {cmp} than it costs.",
    zh: "{verdict}。随机查验发现瞒骗的比例等于总体瞒骗率，因此每次查验平均追缴的税款就是每条申报平均的瞒骗涉及税款 {per}，{cmp}查验成本。"
  },
  "plan.ex1.more": {en: "more", zh: "高于"},
  "plan.ex1.less": {en: "less", zh: "低于"},
  "plan.ex2.q": {
    en: "With {ranking} at {rate}, how many frauds are found on the novel declarations, and how many does random inspection find there?",
    zh: "采用“{ranking}”、查验率 {rate} 时，在新申报上能发现多少起瞒骗？随机查验在新申报上又能发现多少起？"
  },
  "plan.ex2.a": {
    en: "{frauds} of {total}{iv} against {random} at random, with {k} inspections.",
    zh: "{total} 起中发现 {frauds} 起{iv}，随机查验为 {random} 起，均为 {k} 次查验。"
  },
  "plan.ex3.q": {
    en: "Still at {rate} on all declarations with {ranking}: above what cost per inspection does the plan lose money?",
    zh: "仍在全部申报上采用“{ranking}”、查验率 {rate}：每次查验成本高于多少时，该方案会亏损？"
  },
  "plan.ex3.a": {
    en: "{cost}: the duty recovered ({duty}) divided by the {k} inspections.",
    zh: "{cost}：追缴税款（{duty}）除以 {k} 次查验。"
  },
  // The training lab (src/components/trainingLab.ts)
  "train.data.paper17": {en: "the paper's 17-row table", zh: "论文的 17 行表格"},
  "train.data.samples104": {en: "4 standard + 100 samples", zh: "4 个标准样本 + 100 个样本"},
  "train.data.declarations954": {en: "954 declarations, oldest first", zh: "954 条申报（按日期从早到晚）"},
  "train.ignored": {en: "Ignored in the address: {list}.", zh: "网址中以下参数已忽略：{list}。"},
  "train.listSep": {en: "; ", zh: "；"},
  "train.engine.typed": {en: "typed arrays (fast)", zh: "类型化数组（快速）"},
  "train.engine.tfjs": {en: "TensorFlow.js (reference)", zh: "TensorFlow.js（参照实现）"},
  "train.engine.lm": {en: "Levenberg-Marquardt", zh: "Levenberg-Marquardt 算法"},
  "train.activationsTitle": {en: "one per hidden layer: {list}", zh: "每个隐藏层一个：{list}"},
  "train.settingsAria": {en: "Training settings", zh: "训练设置"},
  "train.f.preset": {en: "Preset", zh: "预设"},
  "train.f.data": {en: "Data", zh: "数据"},
  "train.f.trainRows": {en: "Training rows (first n)", zh: "训练行数（前 n 行）"},
  "train.f.epochs": {en: "Epochs", zh: "训练轮数"},
  "train.f.seed": {en: "Seed", zh: "随机种子"},
  "train.f.engine": {en: "Engine", zh: "训练引擎"},
  "train.f.hidden": {en: "Hidden layers", zh: "隐藏层"},
  "train.f.activations": {en: "Activations", zh: "激活函数"},
  "train.f.optimizer": {en: "Optimizer", zh: "优化器"},
  "train.f.learningRate": {en: "Learning rate", zh: "学习率"},
  "train.f.batchSize": {en: "Batch size", zh: "批大小"},
  "train.f.l2": {en: "L2", zh: "L2 正则化"},
  "train.f.goal": {en: "LM goal", zh: "LM 目标误差"},
  "train.f.regularization": {en: "LM regularization", zh: "LM 正则化系数"},
  "train.play": {en: "▶ Play", zh: "▶ 训练"},
  "train.pause": {en: "⏸ Pause", zh: "⏸ 暂停"},
  "train.step": {en: "Step", zh: "单步"},
  "train.reset": {en: "Reset", zh: "重置"},
  "train.seedsButton": {en: "Run {n} seeds", zh: "运行 {n} 个种子"},
  "train.confirm": {en: "Train anyway", zh: "仍然训练"},
  "train.cancel": {en: "Cancel", zh: "取消"},
  "train.progressAria": {en: "Training progress", zh: "训练进度"},
  "train.h.loss": {en: "Loss", zh: "损失"},
  "train.h.predictions": {en: "Predictions", zh: "预测"},
  "train.h.seeds": {en: "Many seeds", zh: "多个随机种子"},
  "train.seedsIntro": {
    en: "Train the current set-up with seeds 1 to 20 and see how much the error moves with nothing but the random start.",
    zh: "用随机种子 1 至 20 训练当前设置，看看仅仅改变随机初始权重，误差会变化多少。"
  },
  "train.workerFailed": {en: "The training worker failed: {why}", zh: "训练线程出错：{why}"},
  "train.workerNoStart": {en: "it could not be started", zh: "无法启动"},
  "train.notInBuild": {en: "{data}: not in this build yet", zh: "{data}：本次构建中尚无此数据"},
  "train.confirmQuestion": {
    en: "{message} It trains in a background worker and Pause stops it. Train anyway?",
    zh: "{message}训练在后台线程中进行，按“暂停”即可停止。仍然训练吗？"
  },
  "train.loadingTfjs": {en: "Loading TensorFlow.js (1.9 MB)…", zh: "正在加载 TensorFlow.js（1.9 MB）…"},
  "train.epoch": {en: "Epoch {epoch} / {epochs}", zh: "第 {epoch} / {epochs} 轮"},
  "train.stopped": {en: " (stopped: {reason})", zh: "（已停止：{reason}）"},
  "train.stop.goal": {en: "goal", zh: "达到目标误差"},
  "train.stop.epochs": {en: "epochs", zh: "达到训练轮数"},
  "train.time": {en: "Training time {ms} ms", zh: "训练用时 {ms} 毫秒"},
  "train.presetNote": {en: "{label}: {description}", zh: "{label}：{description}"},
  "train.metricTrain": {en: "Training rows ({n}): MAE ", zh: "训练行（{n} 行）：MAE "},
  "train.metricHeldOut": {en: "Held-out rows ({n}): MAE ", zh: "留出行（{n} 行）：MAE "},
  "train.metricRmse": {en: ", RMSE {rmse}", zh: "，RMSE {rmse}"},
  "train.exportFirst": {en: "Train to export the weights and predictions.", zh: "训练后即可导出权重与预测值。"},
  "train.export": {en: "Export: ", zh: "导出："},
  "train.exportWeights": {en: "weights (JSON)", zh: "权重（JSON）"},
  "train.exportPredictions": {en: "predictions (CSV)", zh: "预测值（CSV）"},
  "train.seedProgress": {en: "Training seed {k} of {n}…", zh: "正在训练第 {k} 个种子（共 {n} 个）…"},
  "train.seedsOver": {en: "Not run: {n} seeds are over the lab's budget. {reason}", zh: "未运行：{n} 个种子超出了实验的预算。{reason}"},
  "train.engineTyped": {en: "typed-array engine", zh: "类型化数组引擎"},
  // Presets (src/lib/bp/presets.ts)
  "train.preset.keras": {en: "Paper, Keras", zh: "论文，Keras"},
  "train.preset.matlab": {en: "Paper, MATLAB", zh: "论文，MATLAB"},
  "train.preset.samples100": {en: "Paper, 100 samples", zh: "论文，100 个样本"},
  "train.preset.honest": {en: "Honest", zh: "诚实检验"},
  "train.presetDesc.keras": {
    en: "17-10-6-1, sigmoid / tanh / linear, Adam, MSE, 500 epochs, batch 4; trained on the first 13 rows of the 17-row table, evaluated on all 17.",
    zh: "17-10-6-1，sigmoid / tanh / linear，Adam，均方误差，500 轮，批大小 4；在 17 行表格的前 13 行上训练，在全部 17 行上评估。"
  },
  "train.presetDesc.matlab": {
    en: "newff [10, 6], logsig / tansig / purelin, trainlm (Levenberg-Marquardt), 500 epochs, goal 1e-4, regularization 0.1, mapminmax to [0, 1] on the training rows.",
    zh: "newff [10, 6]，logsig / tansig / purelin，trainlm（Levenberg-Marquardt 算法），500 轮，目标误差 1e-4，正则化系数 0.1，按训练行 mapminmax 缩放到 [0, 1]。"
  },
  "train.presetDesc.samples100": {
    en: "The Keras set-up on 104 rows (4 standard samples + the 100 samples); the first 65 train.",
    zh: "Keras 设置，用于 104 行（4 个标准样本 + 100 个样本）；前 65 行用于训练。"
  },
  "train.presetDesc.honest": {
    en: "The Keras set-up on the 954 e-commerce declarations in date order: the oldest 70% train, the network is judged on the newer 30% it never saw.",
    zh: "Keras 设置，用于按日期排序的 954 条跨境电商申报：最早的 70% 用于训练，网络在从未见过的较新 30% 上接受评判。"
  },
  // Settings read from the address (parseSettings): what urlState's parsers say, in the page's language
  "train.problem.oneOf": {en: "{key} must be one of {values}, got “{raw}”", zh: "{key} 必须是 {values} 之一，实际为“{raw}”"},
  "train.problem.integer": {
    en: "{key} must be an integer in {min}..{max}, got “{raw}”",
    zh: "{key} 必须是 {min} 到 {max} 之间的整数，实际为“{raw}”"
  },
  "train.problem.positive": {en: "{key} must be a positive number, got “{raw}”", zh: "{key} 必须是正数，实际为“{raw}”"},
  "train.problem.nonNegative": {en: "{key} must be a non-negative number, got “{raw}”", zh: "{key} 必须是非负数，实际为“{raw}”"},
  "train.problem.layers": {
    en: "{hidden} hidden layers but {activations} activations",
    zh: "有 {hidden} 个隐藏层，却有 {activations} 个激活函数"
  },
  // The run's budget and divergence (src/lib/bp/lab.ts)
  "train.dur.s": {en: "{x} s", zh: "{x} 秒"},
  "train.dur.min": {en: "{x} min", zh: "{x} 分钟"},
  "train.dur.hours": {en: "{x} hours", zh: "{x} 小时"},
  "train.refuseLm": {
    en: "Refused: Levenberg-Marquardt needs a {n} × {p} Jacobian (training rows × parameters = {entries} numbers, {mb} MB a copy, held about four times), over the lab's limit of {limit}. Use fewer training rows or smaller hidden layers, or a gradient-descent engine.",
    zh: "已拒绝：Levenberg-Marquardt 算法需要一个 {n} × {p} 的雅可比矩阵（训练行数 × 参数个数 = {entries} 个数，每份 {mb} MB，约需同时保存四份），超出实验上限 {limit}。请减少训练行数、缩小隐藏层，或改用梯度下降引擎。"
  },
  "train.askLm": {
    en: "This run is large: {epochs} Levenberg-Marquardt iterations on a {n} × {p} Jacobian cost {n} × {p} × {k} × {epochs} = {work} operations, about {time} on one laptop core (the lab asks above {ask} s).",
    zh: "本次训练规模较大：在 {n} × {p} 的雅可比矩阵上进行 {epochs} 次 Levenberg-Marquardt 迭代，计算量为 {n} × {p} × {k} × {epochs} = {work} 次运算，在一个笔记本电脑核心上约需 {time}（超过 {ask} 秒时实验会先询问）。"
  },
  "train.askGradient": {
    en: "This run is large: {rows} rows × {p} parameters × {epochs} epochs = {work}, about {time} on one laptop core (the lab asks above {ask} s).",
    zh: "本次训练规模较大：{rows} 行 × {p} 个参数 × {epochs} 轮 = {work}，在一个笔记本电脑核心上约需 {time}（超过 {ask} 秒时实验会先询问）。"
  },
  "train.set.training": {en: "training", zh: "训练"},
  "train.set.heldOut": {en: "held-out", zh: "留出"},
  "train.div.nan": {en: "became undefined (not a number: the weights overflowed)", zh: "变为未定义（不是数字：权重已溢出）"},
  "train.div.inf": {en: "overflowed to infinity", zh: "溢出为无穷大"},
  "train.div.lm": {
    en: "Levenberg-Marquardt's steps overflowed the weights; try a larger LM regularization or smaller hidden layers.",
    zh: "Levenberg-Marquardt 算法的步长使权重溢出；请尝试更大的 LM 正则化系数或更小的隐藏层。"
  },
  "train.div.lr": {
    en: "The likely cause is the learning rate: {lr} is too large for {optimizer}, so each step overshoots and the weights grow without bound. Lower it (the presets use 0.001) and press Play.",
    zh: "可能的原因是学习率：{lr} 对 {optimizer} 而言过大，每一步都越过了最优点，权重无限增大。请调低学习率（预设均为 0.001）后再按“训练”。"
  },
  "train.div.message": {
    en: "Training diverged at epoch {epoch} and was stopped: the {set} loss {what}. {cause}",
    zh: "训练在第 {epoch} 轮发散并已停止：{set}损失{what}。{cause}"
  },
  "train.seedDiverged": {
    en: "Seed {seed} diverged at epoch {epoch} (its {set} loss is not a finite number): lower the learning rate",
    zh: "种子 {seed} 在第 {epoch} 轮发散（其{set}损失不是有限数）：请调低学习率"
  },
  // The lab's figures (src/components/labCharts.ts)
  "train.rows.training": {en: "training rows", zh: "训练行"},
  "train.rows.heldOut": {en: "held-out rows", zh: "留出行"},
  "train.rows.all": {en: "all rows", zh: "全部行"},
  "train.loss.x": {en: "epoch", zh: "训练轮次"},
  "train.loss.y": {en: "mean squared error", zh: "均方误差"},
  "train.loss.empty": {en: "Press Play to train", zh: "按“训练”开始"},
  "train.loss.aria": {en: "Loss curve", zh: "损失曲线"},
  "train.loss.caption": {
    en: "Mean squared error after each epoch, log scale. The training loss falls while the network fits; the held-out loss shows whether that fit carries over to rows it never saw. ",
    zh: "每轮训练后的均方误差（对数刻度）。网络拟合时训练损失下降；留出损失显示这种拟合能否推广到网络从未见过的行。"
  },
  "train.col.sample": {en: "sample", zh: "样本"},
  "train.col.expected": {en: "expected", zh: "期望值"},
  "train.col.paper": {en: "paper's network", zh: "论文网络"},
  "train.col.ours": {en: "ours", zh: "本报告网络"},
  "train.col.absError": {en: "absolute error", zh: "绝对误差"},
  "train.col.zoneOurs": {en: "zone (ours)", zh: "预警区（本报告）"},
  "train.col.zonePaper": {en: "zone (paper)", zh: "预警区（论文）"},
  "train.col.zoneExpected": {en: "zone (expected)", zh: "预警区（期望值）"},
  "train.col.use": {en: "row used for", zh: "该行用途"},
  "train.use.training": {en: "training (in-sample)", zh: "训练（样本内）"},
  "train.use.heldOut": {en: "held out", zh: "留出"},
  "train.table.aria": {en: "Predictions table", zh: "预测值表"},
  "train.table.caption": {
    en: "Each row's expected risk value, {paper}ours, and the warning zones. Rows marked in-sample were used for training: their error measures fit, not prediction. ",
    zh: "每行的期望风险值、{paper}本报告网络的输出及预警区。标为样本内的行参与了训练：其误差衡量的是拟合，而非预测。"
  },
  "train.table.captionPaper": {en: "the paper's network output, ", zh: "论文网络的输出、"},
  "train.label.standard": {en: "standard {n}", zh: "标准样本 {n}"},
  "train.label.sample": {en: "sample {n}", zh: "样本 {n}"},
  "train.label.declaration": {en: "declaration {id}", zh: "申报 {id}"},
  "train.scatter.inSample": {en: "in-sample", zh: "样本内"},
  "train.scatter.heldOut": {en: "held out", zh: "留出"},
  "train.scatter.x": {en: "expected risk value", zh: "期望风险值"},
  "train.scatter.y": {en: "network output", zh: "网络输出"},
  "train.scatter.aria": {en: "Predicted against expected risk values", zh: "预测风险值与期望风险值"},
  "train.scatter.caption": {
    en: "Network output against the expected risk value; on the diagonal the network is exact. Dashed lines are the zone thresholds: a point off its zone square lands in another warning zone. ",
    zh: "网络输出与期望风险值的对比；落在对角线上表示网络完全准确。虚线为预警阈值：落在所属方格之外的点被划入了另一个预警区。"
  },
  "train.seeds.x": {en: "mean absolute error", zh: "平均绝对误差"},
  "train.seeds.title": {en: "seed {seed}: {mae}", zh: "种子 {seed}：{mae}"},
  "train.seeds.paper": {en: "paper", zh: "论文"},
  "train.seeds.aria": {en: "Error over {n} seeds", zh: "{n} 个种子的误差"},
  "train.seeds.summary": {en: "{set}: min {min}, median {median}, max {max}", zh: "{set}：最小 {min}，中位数 {median}，最大 {max}"},
  "train.seeds.status": {
    en: "{n} seeds trained in {s} s ({engine}). {summary}.",
    zh: "{n} 个种子训练完成，用时 {s} 秒（{engine}）。{summary}。"
  },
  "train.seeds.caption": {
    en: "Each dot is one seed's mean absolute error{tick}. The spread is what the random start alone does to the same network on the same rows. ",
    zh: "每个点是一个种子的平均绝对误差{tick}。这种离散完全来自随机初始值：同一网络、同样的行。"
  },
  "train.seeds.tick": {en: "; the orange tick is the paper's network", zh: "；橙色刻度为论文网络"},
  // /training's summary table and exercises (src/lib/pages/trainingView.ts)
  "train.sum.paper": {en: "Paper's network (its table)", zh: "论文网络（论文表格）"},
  "train.sum.keras": {en: "Keras set-up, seed {seed}", zh: "Keras 设置，种子 {seed}"},
  "train.sum.kerasMedian": {en: "Keras set-up, median of {n} seeds", zh: "Keras 设置，{n} 个种子的中位数"},
  "train.sum.lm": {en: "MATLAB set-up (LM), seed {seed}", zh: "MATLAB 设置（LM），种子 {seed}"},
  "train.sum.cv": {en: "{k}-fold cross-validation, {n} samples", zh: "{k} 折交叉验证，{n} 个样本"},
  "train.sum.chrono": {en: "Chronological: newest {test} of {n} declarations", zh: "按时间划分：{n} 条申报中最新的 {test} 条"},
  "train.sum.col.setup": {en: "set-up", zh: "设置"},
  "train.sum.col.rows17": {en: "{n} rows", zh: "{n} 行"},
  "train.sum.col.heldOut4": {en: "rows {from}-{to}", zh: "第 {from}–{to} 行"},
  "train.sum.col.cv": {en: "unseen rows", zh: "未见过的行"},
  "train.sum.col.zones": {en: "zones", zh: "预警区一致"},
  "train.ex1.question": {
    en: "Choose the “{preset}” preset and train it with seeds {seeds} (change {seed}, then press {play} each time). How much does the MAE on the held-out rows vary?",
    zh: "选择“{preset}”预设，分别用随机种子 {seeds} 训练（每次修改“{seed}”后按“{play}”）。留出行上的 MAE 变化有多大？"
  },
  "train.ex1.hint": {
    en: "Nothing changes between the runs but the random starting weights.",
    zh: "几次训练之间唯一的不同是随机的初始权重。"
  },
  "train.ex1.bySeed": {en: "seed {seed}: {mae}", zh: "种子 {seed}：{mae}"},
  "train.ex1.answer": {
    en: "Held-out MAE by seed: {list}. The largest is {ratio} times the smallest: a single run says little, and the paper does not report its seed (its own network's MAE on these {held} rows is {paper}).",
    zh: "各种子的留出行 MAE：{list}。最大值是最小值的 {ratio} 倍：单次训练说明不了什么，而论文没有报告其随机种子（论文网络在这 {held} 行上的 MAE 为 {paper}）。"
  },
  "train.ex2.question": {
    en: "The paper reports an MAE of {mae} over its {n} test rows. Which of those rows did its network never see in training, and what is its MAE on them alone?",
    zh: "论文报告其 {n} 行测试结果的 MAE 为 {mae}。其中哪些行是网络在训练中从未见过的？仅在这些行上 MAE 是多少？"
  },
  "train.ex2.answer": {
    en: "Only rows {from} to {to}: the first {train} were the training rows. On those {held} rows the paper's own table gives an MAE of {heldMae}, {ratio} times the reported figure, and the largest error ({max}) is on row {row}, {which}.",
    zh: "只有第 {from} 至 {to} 行：前 {train} 行就是训练行。在这 {held} 行上，论文自己的表格给出的 MAE 为 {heldMae}，是所报告数字的 {ratio} 倍；最大误差（{max}）出现在第 {row} 行，{which}。"
  },
  "train.ex2.heldOutRow": {en: "a held-out row", zh: "是一个留出行"},
  "train.ex2.trainingRow": {en: "a training row", zh: "是一个训练行"},
  "train.ex3.question": {
    en: "With the “{preset}” preset, press “{button}”. How many of the {n} seeds give a {rows}-row MAE below the paper's {mae}?",
    zh: "使用“{preset}”预设，按“{button}”。{n} 个种子中有多少个的 {rows} 行 MAE 低于论文的 {mae}？"
  },
  "train.ex3.answer": {
    en: "{beat} of {n} (the MAEs run from {min} to {max}, median {median}). The paper's value is {verdict}: one draw from a seed lottery.",
    zh: "{n} 个中有 {beat} 个（MAE 从 {min} 到 {max}，中位数 {median}）。论文的数值{verdict}：只是随机种子“抽签”的一次结果。"
  },
  "train.ex3.better": {en: "better than every seed here", zh: "优于这里的每一个种子"},
  "train.ex3.worse": {en: "worse than every seed here", zh: "差于这里的每一个种子"},
  "train.ex3.within": {en: "within the spread", zh: "落在这一分布之内"}
} as const satisfies Record<string, Text>;
