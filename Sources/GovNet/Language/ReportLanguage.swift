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
        }
    }
}
