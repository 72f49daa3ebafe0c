import GovNet
@testable import GovNetGraphviz

/// Networks built in code for the diagram tests (the YAML networks of `networks/` are read elsewhere).
enum SampleNetworks {
    /// An illustrative city emergency-linkage network of 40 departments over five mechanisms, with
    /// county and township branches that hang on single departments (articulation points) and bridges.
    static let city: Network = {
        let rows: [(String, String, String, String, String)] = [
            ("PEMB", "Provincial Emergency Management Department", "省应急管理厅", "emergency-management", "provincial"),
            ("PWR", "Provincial Water Resources Department", "省水利厅", "water", "provincial"),
            ("HQ", "City Flood Control Headquarters", "市防汛抗旱指挥部", "government", "municipal"),
            ("EMB", "City Emergency Management Bureau", "市应急管理局", "emergency-management", "municipal"),
            ("FIRE", "City Fire and Rescue Detachment", "市消防救援支队", "fire-rescue", "municipal"),
            ("PSB", "City Public Security Bureau", "市公安局", "public-security", "municipal"),
            ("HEALTH", "City Health Commission", "市卫生健康委员会", "health", "municipal"),
            ("WATER", "City Water Resources Bureau", "市水利局", "water", "municipal"),
            ("NR", "City Natural Resources Bureau", "市自然资源和规划局", "natural-resources", "municipal"),
            ("MET", "City Meteorological Bureau", "市气象局", "meteorology", "municipal"),
            ("TRANS", "City Transport Bureau", "市交通运输局", "transport", "municipal"),
            ("CIVIL", "City Civil Affairs Bureau", "市民政局", "civil-affairs", "municipal"),
            ("HOUSING", "City Housing and Urban-Rural Development Bureau", "市住房和城乡建设局", "utility", "municipal"),
            ("ECO", "City Ecology and Environment Bureau", "市生态环境局", "natural-resources", "municipal"),
            ("EDU", "City Education Bureau", "市教育局", "civil-affairs", "municipal"),
            ("COMM", "City Commerce Bureau", "市商务局", "transport", "municipal"),
            ("AGRI", "City Agriculture and Rural Affairs Bureau", "市农业农村局", "water", "municipal"),
            ("FOREST", "City Forestry Bureau", "市林业局", "natural-resources", "municipal"),
            ("GRID", "State Grid City Power Supply Company", "国网市供电公司", "utility", "municipal"),
            ("TEL", "City Telecom Branch", "市电信分公司", "utility", "municipal"),
            ("WSUP", "City Water Supply Group", "市供水集团", "utility", "municipal"),
            ("REDX", "City Red Cross Society", "市红十字会", "ngo", "municipal"),
            ("VOL", "Blue Sky Rescue Team", "蓝天救援队", "ngo", "municipal"),
            ("GARR", "City Military Garrison", "市警备区", "military", "municipal"),
            ("APF", "Armed Police Detachment", "武警支队", "military", "municipal"),
            ("TV", "City Radio and Television Station", "市广播电视台", "media", "municipal"),
            ("C1EMB", "East County Emergency Management Bureau", "东县应急管理局", "emergency-management", "county"),
            ("C1FIRE", "East County Fire Brigade", "东县消防救援大队", "fire-rescue", "county"),
            ("C1T1", "Riverside Township", "滨江镇", "government", "township"),
            ("C1T2", "Hillfoot Township", "山脚乡", "government", "township"),
            ("C2EMB", "West County Emergency Management Bureau", "西县应急管理局", "emergency-management", "county"),
            ("C2WATER", "West County Water Bureau", "西县水利局", "water", "county"),
            ("C2T1", "Lakeside Township", "湖畔镇", "government", "township"),
            ("C2T2", "Reservoir Township", "水库乡", "government", "township"),
            ("C3EMB", "North District Emergency Management Bureau", "北区应急管理局", "emergency-management", "county"),
            ("C3PSB", "North District Public Security Sub-bureau", "北区公安分局", "public-security", "county"),
            ("C3S1", "Old Town Street Office", "老城街道办事处", "government", "township"),
            ("HOSP", "City Central Hospital", "市中心医院", "health", "municipal"),
            ("CDC", "City Center for Disease Control", "市疾病预防控制中心", "health", "municipal"),
            ("RES", "Riverside Reservoir Management Office", "滨江水库管理处", "water", "county"),
        ]
        let departments = rows.map { Department(id: $0.0, name: $0.1, names: ["zh": $0.2], kind: $0.3, level: $0.4) }
        let spec: [(String, String, String)] = [
            // command
            ("PEMB", "EMB", "command"), ("PWR", "WATER", "command"), ("HQ", "EMB", "command"), ("HQ", "WATER", "command"),
            ("HQ", "FIRE", "command"), ("HQ", "PSB", "command"), ("HQ", "GARR", "command"), ("EMB", "FIRE", "command"),
            ("EMB", "C1EMB", "command"), ("EMB", "C2EMB", "command"), ("EMB", "C3EMB", "command"),
            ("C1EMB", "C1FIRE", "command"), ("C1EMB", "C1T1", "command"), ("C1EMB", "C1T2", "command"),
            ("C2EMB", "C2WATER", "command"), ("C2EMB", "C2T1", "command"), ("C2WATER", "C2T2", "command"),
            ("C3EMB", "C3S1", "command"), ("C3EMB", "C3PSB", "command"), ("HEALTH", "HOSP", "command"),
            ("HEALTH", "CDC", "command"), ("GARR", "APF", "command"), ("WATER", "RES", "command"),
            // information
            ("MET", "EMB", "information"), ("MET", "WATER", "information"), ("MET", "HQ", "information"),
            ("NR", "EMB", "information"), ("WATER", "EMB", "information"), ("HEALTH", "EMB", "information"),
            ("TRANS", "EMB", "information"), ("PSB", "EMB", "information"), ("EMB", "TV", "information"),
            ("EMB", "PEMB", "information"), ("CDC", "HEALTH", "information"), ("RES", "WATER", "information"),
            ("C1EMB", "EMB", "information"), ("C2EMB", "EMB", "information"), ("FOREST", "NR", "information"),
            ("ECO", "EMB", "information"), ("TEL", "EMB", "information"), ("AGRI", "WATER", "information"),
            // material
            ("CIVIL", "EMB", "material"), ("COMM", "CIVIL", "material"), ("REDX", "CIVIL", "material"),
            ("GRID", "EMB", "material"), ("WSUP", "HOUSING", "material"), ("TRANS", "FIRE", "material"),
            ("EMB", "C2EMB", "material"), ("HOUSING", "EMB", "material"),
            // supervision
            ("EMB", "HOUSING", "supervision"), ("EMB", "FOREST", "supervision"), ("EMB", "EDU", "supervision"),
            ("ECO", "WSUP", "supervision"), ("HEALTH", "EDU", "supervision"), ("WATER", "AGRI", "supervision"),
            // operation (joint prevention and relief, undirected)
            ("FIRE", "PSB", "operation"), ("FIRE", "HOSP", "operation"), ("FIRE", "VOL", "operation"),
            ("FIRE", "APF", "operation"), ("PSB", "TRANS", "operation"), ("HOSP", "REDX", "operation"),
            ("GRID", "TEL", "operation"), ("VOL", "REDX", "operation"), ("C1FIRE", "C1T1", "operation"),
        ]
        let ties = spec.map { Tie(from: $0.0, to: $0.1, mechanism: $0.2) }
        return Network(metadata: NetworkMetadata(title: "Example city emergency linkage (illustrative)"),
                       departments: departments, ties: ties)
    }()

    /// Cut departments by brute force: removing one increases the number of connected components
    /// (ties taken as undirected). Test helper only; the library's algorithm lives in GovNet.
    static func articulationPoints(_ network: Network) -> Set<String> {
        let base = components(network, without: nil, pairWithout: nil)
        return Set(network.departments.map(\.id).filter { components(network, without: $0, pairWithout: nil) > base + 0 - 0 && components(network, without: $0, pairWithout: nil) > base })
    }

    /// Bridges by brute force: pairs whose ties' removal increases the number of components.
    static func bridges(_ network: Network) -> Set<TiePair> {
        let base = components(network, without: nil, pairWithout: nil)
        let pairs = Set(network.ties.filter { $0.from != $0.to }.map { TiePair($0.from, $0.to) })
        return pairs.filter { components(network, without: nil, pairWithout: $0) > base }
    }

    private static func components(_ network: Network, without removed: String?, pairWithout pair: TiePair?) -> Int {
        var parent: [String: String] = [:]
        for d in network.departments where d.id != removed { parent[d.id] = d.id }
        func find(_ x: String) -> String {
            var x = x
            while parent[x]! != x { x = parent[x]! }
            return x
        }
        for t in network.ties where t.from != removed && t.to != removed {
            if let pair, TiePair(t.from, t.to) == pair { continue }
            guard parent[t.from] != nil, parent[t.to] != nil else { continue }
            let a = find(t.from), b = find(t.to)
            if a != b { parent[a] = b }
        }
        return parent.keys.filter { find($0) == $0 }.count
    }
}
