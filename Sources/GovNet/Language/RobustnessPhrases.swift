/// The robustness vocabulary of the language catalogue: labels, perturbations, the quantities rules
/// compare with their thresholds, and the headings and notes of the robustness columns and sections.
public enum RobustnessPhrase: Sendable, CaseIterable {
    case robustness, deletion, addition, nonresponse, jitter, threshold, newFindings, draws, rate, seed
    case robustnessCaption, nearThreshold, labelRule, metricSensitivity, median, interval90, topShare

    var english: String {
        switch self {
        case .robustness: return "Robustness"
        case .deletion: return "deletion"
        case .addition: return "addition"
        case .nonresponse: return "non-response"
        case .jitter: return "weight jitter"
        case .threshold: return "threshold"
        case .newFindings: return "new findings per perturbed network"
        case .draws: return "draws"
        case .rate: return "rate"
        case .seed: return "seed"
        case .robustnessCaption: return "Share of perturbed networks in which the same finding still holds: ties deleted at random (more often those with low confidence or inferred), plausible missing ties added (same level, shared function or coordinating body), and each department's reported ties dropped (non-response). The label comes from the lowest share."
        case .nearThreshold: return "near the threshold"
        case .labelRule: return "robust: lowest share ≥ 90%; likely: 50–90%; fragile: < 50%"
        case .metricSensitivity: return "Sensitivity of the metrics to missing ties"
        case .median: return "median"
        case .interval90: return "90% interval"
        case .topShare: return "share of draws in the top"
        }
    }

    var chinese: String {
        switch self {
        case .robustness: return "稳健性"
        case .deletion: return "随机删除"
        case .addition: return "补充缺失联系"
        case .nonresponse: return "部门未应答"
        case .jitter: return "权重扰动"
        case .threshold: return "阈值"
        case .newFindings: return "每个扰动网络中新出现的发现"
        case .draws: return "抽样次数"
        case .rate: return "比例"
        case .seed: return "随机种子"
        case .robustnessCaption: return "在扰动后的网络中同一发现仍然成立的比例：随机删除联系（置信度低或推断所得的联系更易被删除），补充可能遗漏的联系（同一层级、共担职能或同属一个议事协调机构），以及逐一去掉某一部门报告的全部联系（未应答）。结论标签取三者中的最低比例。"
        case .nearThreshold: return "接近阈值"
        case .labelRule: return "稳健：最低比例 ≥ 90%；较可信：50–90%；脆弱：< 50%"
        case .metricSensitivity: return "指标对缺失联系的敏感性"
        case .median: return "中位数"
        case .interval90: return "90%区间"
        case .topShare: return "位列前列的抽样比例"
        }
    }
}

extension ReportLanguage {
    /// A robustness phrase in this language.
    public func text(_ key: RobustnessPhrase) -> String {
        switch self {
        case .en: return key.english
        case .zh: return key.chinese
        }
    }

    /// A robustness label: robust, likely, fragile (稳健, 较可信, 脆弱).
    public func robustness(_ label: RobustnessLabel) -> String {
        switch (self, label) {
        case (.en, _): return label.rawValue
        case (.zh, .robust): return "稳健"
        case (.zh, .likely): return "较可信"
        case (.zh, .fragile): return "脆弱"
        }
    }

    /// The quantity a threshold rule compares, as its sentence names it (evidence key → words).
    public func quantity(_ key: String) -> String {
        switch (self, key) {
        case (.en, "connected_pair_share"): return "betweenness share"
        case (.en, "reciprocity"): return "reciprocity"
        case (.en, "informal_share"): return "informal share"
        case (.en, "ei_index"): return "E–I index"
        case (.zh, "connected_pair_share"): return "中介占比"
        case (.zh, "reciprocity"): return "互惠性"
        case (.zh, "informal_share"): return "非正式联系占比"
        case (.zh, "ei_index"): return "E–I指数"
        default: return key
        }
    }
}
