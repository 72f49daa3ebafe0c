/// Report languages: section headings and fixed phrases in English or Chinese. Department names follow
/// the language too (`names.zh` with `--lang zh`).
public enum ReportLanguage: String, CaseIterable, Sendable {
    case en, zh

    /// The phrase for a key (English when the key has no translation).
    public func text(_ key: Phrase) -> String {
        switch self {
        case .en: return key.english
        case .zh: return key.chinese
        }
    }

    /// Language code for department labels (`nil`: the display name).
    public var departmentLanguage: String? { self == .zh ? "zh" : nil }

    /// A network's status with what it lets a reader claim, e.g. "documentary data — prescribed by
    /// published plans and official documents, not observed interaction"; an unknown value as written.
    public func status(_ value: String) -> String {
        guard let known = NetworkStatus(metadata: value) else { return value }
        let (label, meaning): (Phrase, Phrase) = switch known {
        case .observedData: (.observedData, .observedDataMeaning)
        case .documentaryData: (.documentaryData, .documentaryDataMeaning)
        case .illustrativeModel: (.illustrativeModel, .illustrativeModelMeaning)
        }
        return "\(text(label)) — \(text(meaning))"
    }

    /// One of the five remedies (terms of docs/glossary: 统一基层应急目标, 健全应急法规制度, 明确权责,
    /// 畅通信息渠道, 优化资源配置).
    public func remedy(_ r: Remedy) -> String {
        switch (self, r) {
        case (.en, .unifyTargets): return "Unify grassroots emergency targets"
        case (.en, .legalFoundation): return "Give ties a legal foundation"
        case (.en, .clearResponsibilities): return "Clarify rights and responsibilities"
        case (.en, .informationChannels): return "Keep information channels unimpeded"
        case (.en, .optimisedResources): return "Optimise resources"
        case (.zh, .unifyTargets): return "统一基层应急目标"
        case (.zh, .legalFoundation): return "健全应急法规制度"
        case (.zh, .clearResponsibilities): return "明确权责"
        case (.zh, .informationChannels): return "畅通信息渠道"
        case (.zh, .optimisedResources): return "优化资源配置"
        }
    }

    /// A stage of the emergency cycle (the four stages of the Emergency Response Law).
    public func phase(_ p: Phase) -> String {
        switch (self, p) {
        case (.en, .preventionPreparedness): return "prevention and preparedness"
        case (.en, .monitoringWarning): return "monitoring and warning"
        case (.en, .responseRescue): return "response and rescue"
        case (.en, .recoveryReconstruction): return "recovery and reconstruction"
        case (.zh, .preventionPreparedness): return "预防与应急准备"
        case (.zh, .monitoringWarning): return "监测与预警"
        case (.zh, .responseRescue): return "应急处置与救援"
        case (.zh, .recoveryReconstruction): return "事后恢复与重建"
        }
    }

    /// A linkage instrument, as a recommendation names it.
    public func instrument(_ i: Instrument) -> String {
        switch (self, i) {
        case (.en, .jointMeeting): return "a joint meeting system (联席会议制度)"
        case (.en, .linkageAgreement): return "a linkage agreement (联动协议)"
        case (.en, .headquartersMembership): return "membership of the headquarters (成员单位)"
        case (.en, .informationPlatform): return "a shared information platform and duty-room link (信息平台、值班值守)"
        case (.en, .materialAgreement): return "a material reserve and call-up agreement (物资储备、调用协议)"
        case (.en, .jointDrill): return "a joint drill (联合演练)"
        case (.en, .assessmentLine): return "an assessment (考核) line from the government"
        case (.en, .planProvision): return "a provision of the emergency plan (预案)"
        case (.zh, .jointMeeting): return "联席会议制度"
        case (.zh, .linkageAgreement): return "联动协议"
        case (.zh, .headquartersMembership): return "指挥部成员单位"
        case (.zh, .informationPlatform): return "共享信息平台和值班值守联动"
        case (.zh, .materialAgreement): return "物资储备和调用协议"
        case (.zh, .jointDrill): return "联合演练"
        case (.zh, .assessmentLine): return "政府考核"
        case (.zh, .planProvision): return "应急预案条款"
        }
    }
}

/// Fixed phrases of the report.
public enum Phrase: Sendable {
    case report, summary, diagrams, overallDiagram, mechanismDiagrams, findings, recommendation, keyDepartments
    case allDepartments, responsibilities, resilience, comparison, methods, departments, ties, mechanisms
    case density, components, functions, withoutLead, severity, rule, mechanism, explanation, remedy
    case coordinatingDepartment, noFindings, lead, coLead, support, gap, overlap, status, source, period
    case jurisdiction, topBy, department, value, sortHint, diff, metricDeltas, qap, before, after, change
    case added, removed, merged, split, renamed, reweighted, software, settings, definitions, resilienceCaption
    case observedData, observedDataMeaning, documentaryData, documentaryDataMeaning, illustrativeModel, illustrativeModelMeaning
    case functionChanges, noLead, linkedPairs, densityOfLinkedPairs
    case synthesis, failingMechanismsByRemedy, failingMechanism, integratedOperation, informationSharing, materialSupport
    case supervisionAssessment, tieBasisByMechanism, basis, unrecorded, centreProfile, relationship, mechanismsWithCentre
    case reciprocated, yes, no, spanOfControl, none, mostSerious, illustrativeNotice, provenance

    var english: String {
        switch self {
        case .report: return "Collaborative-governance network report"
        case .summary: return "Summary"
        case .diagrams: return "Diagrams"
        case .overallDiagram: return "All mechanisms, bottlenecks highlighted"
        case .mechanismDiagrams: return "One diagram per mechanism (same positions)"
        case .findings: return "Where coordination breaks down"
        case .recommendation: return "Recommendation"
        case .keyDepartments: return "Key departments"
        case .allDepartments: return "All departments"
        case .responsibilities: return "Responsibility matrix"
        case .resilience: return "Resilience under failure"
        case .comparison: return "Before and after"
        case .methods: return "Methods and settings"
        case .departments: return "departments"
        case .ties: return "ties"
        case .linkedPairs: return "linked pairs"
        case .densityOfLinkedPairs: return "density (linked pairs / possible pairs)"
        case .mechanisms: return "Mechanisms"
        case .density: return "density"
        case .components: return "components"
        case .functions: return "functions"
        case .withoutLead: return "without a lead"
        case .severity: return "Severity"
        case .rule: return "Rule"
        case .mechanism: return "Mechanism"
        case .explanation: return "Finding"
        case .remedy: return "Remedy"
        case .coordinatingDepartment: return "Coordinating department"
        case .noFindings: return "No findings."
        case .lead: return "lead"
        case .coLead: return "co-lead"
        case .support: return "support"
        case .gap: return "no lead"
        case .overlap: return "several leads, no co-lead"
        case .status: return "Status"
        case .observedData: return "observed data"
        case .observedDataMeaning: return "transcribed from a published data set or a framework's own assignment tables"
        case .documentaryData: return "documentary data"
        case .documentaryDataMeaning: return "prescribed by published plans and official documents, each fact citing its document; not observed interaction"
        case .illustrativeModel: return "illustrative model"
        case .illustrativeModelMeaning: return "built from public institutional structure for teaching and tests; not evidence about any one place"
        case .source: return "Source"
        case .period: return "Period"
        case .jurisdiction: return "Jurisdiction"
        case .topBy: return "Top departments by"
        case .department: return "Department"
        case .value: return "Value"
        case .sortHint: return "Click a column heading to sort."
        case .diff: return "What changed"
        case .metricDeltas: return "Network metrics before and after"
        case .qap: return "QAP correlation of the aligned networks"
        case .before: return "before"
        case .after: return "after"
        case .change: return "change"
        case .added: return "added"
        case .removed: return "removed"
        case .merged: return "merged"
        case .split: return "split"
        case .renamed: return "renamed"
        case .reweighted: return "reweighted"
        case .software: return "Software"
        case .settings: return "Settings"
        case .definitions: return "Definitions"
        case .functionChanges: return "Functions: roles before → after, in each network's own departments (through the mapping)"
        case .noLead: return "none"
        case .resilienceCaption: return "Share of departments still in the largest connected group as departments fail one by one, and the linkage efficiency that remains."
        case .synthesis: return "Synthesis"
        case .failingMechanismsByRemedy: return "Failing mechanisms of the linkage × remedies (findings, most serious first)"
        case .failingMechanism: return "Failing mechanism"
        case .integratedOperation: return "Integrated prevention–relief operation"
        case .informationSharing: return "Information sharing"
        case .materialSupport: return "Material support"
        case .supervisionAssessment: return "Supervision and assessment"
        case .tieBasisByMechanism: return "Basis of the ties by mechanism (ties)"
        case .basis: return "Basis"
        case .unrecorded: return "unrecorded"
        case .centreProfile: return "The coordinating department and the same-level departments it does not lead"
        case .relationship: return "Relationship"
        case .mechanismsWithCentre: return "Mechanisms with the coordinating department"
        case .reciprocated: return "Reciprocated"
        case .yes: return "yes"
        case .no: return "no"
        case .spanOfControl: return "Span of control (departments led directly)"
        case .none: return "none"
        case .mostSerious: return "most serious"
        case .illustrativeNotice: return "In this illustrative model"
        case .provenance: return "Provenance"
        }
    }

    var chinese: String {
        switch self {
        case .report: return "协同治理网络分析报告"
        case .summary: return "概要"
        case .diagrams: return "网络图"
        case .overallDiagram: return "全部联动机制（突出显示瓶颈）"
        case .mechanismDiagrams: return "各联动机制分图（位置相同）"
        case .findings: return "协同失灵之处"
        case .recommendation: return "建议"
        case .keyDepartments: return "关键部门"
        case .allDepartments: return "全部部门"
        case .responsibilities: return "职责矩阵"
        case .resilience: return "失效情景下的韧性"
        case .comparison: return "改革前后对比"
        case .methods: return "方法与参数"
        case .departments: return "个部门"
        case .ties: return "条联系"
        case .linkedPairs: return "对有联系的部门"
        case .densityOfLinkedPairs: return "密度（有联系的部门对 / 可能的部门对）"
        case .mechanisms: return "联动机制"
        case .density: return "密度"
        case .components: return "连通分量"
        case .functions: return "项职能"
        case .withoutLead: return "无牵头部门"
        case .severity: return "严重程度"
        case .rule: return "规则"
        case .mechanism: return "机制"
        case .explanation: return "发现"
        case .remedy: return "对策"
        case .coordinatingDepartment: return "统筹协调部门"
        case .noFindings: return "未发现问题。"
        case .lead: return "牵头"
        case .coLead: return "共同牵头"
        case .support: return "配合"
        case .gap: return "无牵头"
        case .overlap: return "多头牵头"
        case .status: return "性质"
        case .observedData: return "观测数据"
        case .observedDataMeaning: return "转录自已发表的数据集或框架本身的职责分工表"
        case .documentaryData: return "文献数据"
        case .documentaryDataMeaning: return "由已公布的预案和正式文件规定，每项事实注明出处；并非观测到的实际互动"
        case .illustrativeModel: return "示意模型"
        case .illustrativeModelMeaning: return "依据公开的机构设置构建，用于教学和测试；不能作为任何具体地方的证据"
        case .source: return "来源"
        case .period: return "时期"
        case .jurisdiction: return "辖区"
        case .topBy: return "排名前列的部门："
        case .department: return "部门"
        case .value: return "数值"
        case .sortHint: return "点击列标题排序。"
        case .diff: return "变化"
        case .metricDeltas: return "改革前后网络指标"
        case .qap: return "对齐后网络的QAP相关"
        case .before: return "改革前"
        case .after: return "改革后"
        case .change: return "变化"
        case .added: return "新增"
        case .removed: return "撤销"
        case .merged: return "合并"
        case .split: return "拆分"
        case .renamed: return "更名"
        case .reweighted: return "权重变化"
        case .software: return "软件"
        case .settings: return "参数"
        case .definitions: return "指标定义"
        case .functionChanges: return "职能：改革前后各部门的角色（按各自网络中的部门，经映射对应）"
        case .noLead: return "无"
        case .resilienceCaption: return "部门逐一失效时，仍处于最大连通群体中的部门比例，以及剩余的联动效率。"
        case .synthesis: return "综合分析"
        case .failingMechanismsByRemedy: return "联动薄弱环节 × 对策（发现数，列出最严重的一项）"
        case .failingMechanism: return "薄弱环节"
        case .integratedOperation: return "防灾救灾一体化运行"
        case .informationSharing: return "信息共享"
        case .materialSupport: return "物资保障"
        case .supervisionAssessment: return "监督考核"
        case .tieBasisByMechanism: return "各联动机制联系的依据（条）"
        case .basis: return "依据"
        case .unrecorded: return "未记录"
        case .centreProfile: return "统筹协调部门与非隶属关系的同级部门"
        case .relationship: return "关系"
        case .mechanismsWithCentre: return "与统筹协调部门之间的联动机制"
        case .reciprocated: return "双向"
        case .yes: return "是"
        case .no: return "否"
        case .spanOfControl: return "管理幅度（直接领导的部门数）"
        case .none: return "无"
        case .mostSerious: return "最严重"
        case .illustrativeNotice: return "本示意性模型中"
        case .provenance: return "数据来源说明"
        }
    }
}
