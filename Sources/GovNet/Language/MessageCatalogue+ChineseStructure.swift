extension MessageCatalogue {
    /// The Chinese table of the report's structure section (core–periphery and positions), merged into
    /// ``chinese``. Keys sorted; terms as the glossary (核心—边缘结构, 结构对等性, 块模型).
    static let chineseStructure: [String: String] = [
        "report.structure": "核心—边缘结构与位置",
        "report.structure.caveat": "处于核心只说明已记录的联系集中在哪些部门，不说明谁领导谁，也不说明部门履职的好坏。",
        "report.structure.core": "核心部门（{n}个部门中的{k}个）：{names}。",
        "report.structure.core.exact": "该划分是{n}个部门全部可能划分中的最优划分。",
        "report.structure.core.member": "核心",
        "report.structure.core.none": "无法拟合核心—边缘结构：拟合度无定义（没有联系，或每对部门之间都有联系）。",
        "report.structure.core.reading": "核心部门彼此联系紧密；边缘部门即使有联系，也主要与核心部门联系，彼此之间联系很少。拟合度r = {fit}，即已记录的联系与理想模式的相关系数（核心部门之间均有联系、边缘部门之间均无联系，核心与边缘之间的联系不计入，采用Borgatti和Everett的默认设定）；1表示完全的核心—边缘结构。",
        "report.structure.core.search": "{n}个部门的可能划分过多，无法逐一比较：从20个起点局部搜索（种子{seed}）得到此划分，不保证最优。",
        "report.structure.coreness": "核心度",
        "report.structure.image": "块密度：从某一位置（行）的部门到另一位置（列）的部门，已记录的联系占可能联系的比例；只有一个部门的位置与自身相交处记为“—”。",
        "report.structure.members": "部门",
        "report.structure.periphery.member": "边缘",
        "report.structure.position": "位置{p}",
        "report.structure.position.column": "位置",
        "report.structure.positions": "位置（{k}个，结构对等性）",
        "report.structure.positions.reading": "同一位置的部门与相同的其他部门有相似的联系（结构对等性：比较联系剖面之间的相关系数，联系少的部门与联系多的部门只要联系对象相同即可处于同一位置；按完全连接层次聚类分为{k}个位置，与sna软件包的equiv.clust方法相同；其他距离和CONCOR方法见govnet metrics --positions）。处于同一位置表示在网络中的处境相似，不表示彼此协同工作。",
        "report.structure.size": "部门数",
        "report.structure.table": "各部门的核心—边缘归属、核心度与位置",
        "report.structure.view": "按全部机制合并后的联系计算，每对部门只区分有无联系（不计权重）。",
    ]
}
