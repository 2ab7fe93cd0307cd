package org.tsunagu.cli.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up words for generated articles: people's names by naming custom, the parts of company and
 * brand names, industries, fields of cooperation and venues. None is taken from a real article,
 * so that a generated corpus names no real person or firm.
 */
final class Lexicon {

    /** How a country's people are named: family name first or last, and the names to draw from. */
    record Naming(boolean familyFirst, List<String> family, List<String> given) {

        String person(SplittableRandom random) {
            String f = pick(random, family);
            String g = pick(random, given);
            return familyFirst ? f + " " + g : g + " " + f;
        }
    }

    private static final Naming JAPANESE = new Naming(true,
            List.of("Aoyama", "Fujisaki", "Hamada", "Hirano", "Ishikawa", "Kamei", "Kitano", "Kuroda", "Matsuo",
                    "Mizuno", "Morikawa", "Nagai", "Noguchi", "Okabe", "Sakamoto", "Shibata", "Takeda", "Uchida",
                    "Yamane", "Yoshikawa"),
            List.of("Akira", "Chihiro", "Daiki", "Emi", "Hiroshi", "Kaori", "Kenta", "Mai", "Naoki", "Riko",
                    "Satoshi", "Shiori", "Takumi", "Yuka", "Yusuke"));
    private static final Naming VIETNAMESE = new Naming(true,
            List.of("Nguyen Van", "Tran Thi", "Le Quang", "Pham Minh", "Hoang Duc", "Vo Thanh", "Dang Thi",
                    "Bui Van", "Do Huu", "Ngo Thi"),
            List.of("An", "Binh", "Cuong", "Dung", "Hai", "Hanh", "Khoa", "Linh", "Long", "Phuong", "Son", "Thao",
                    "Trung", "Vy"));
    private static final Naming CHINESE = new Naming(true,
            List.of("Wang", "Zhou", "Sun", "Ma", "Zhu", "Hu", "Guo", "Lin", "He", "Gao"),
            List.of("Jianguo", "Xiaoming", "Lihua", "Haiyan", "Weidong", "Yuting", "Zhiqiang", "Meiling",
                    "Chenguang", "Ruoxi"));
    private static final Naming KOREAN = new Naming(true,
            List.of("Kim", "Yoon", "Jang", "Lim", "Han", "Shin", "Seo", "Kwon", "Hwang", "Ahn"),
            List.of("Min-ho", "Ji-won", "Seung-woo", "Hye-jin", "Dong-hyun", "Soo-ah", "Jae-sung", "Eun-ji"));
    private static final Naming THAI = new Naming(false,
            List.of("Chaiyaporn", "Srisuk", "Wongsawat", "Rattanakul", "Boonmee", "Kittisak", "Thongdee",
                    "Saelim"),
            List.of("Anucha", "Kanya", "Narong", "Pimchanok", "Somsak", "Suda", "Thanawat", "Wilai"));
    private static final Naming INDONESIAN = new Naming(false,
            List.of("Santoso", "Wibowo", "Hidayat", "Kusuma", "Lestari", "Saputra", "Nugroho", "Pratama"),
            List.of("Agus", "Budi", "Dewi", "Indra", "Rina", "Sri", "Wahyu", "Yulia"));
    private static final Naming INDIAN = new Naming(false,
            List.of("Sharma", "Iyer", "Reddy", "Menon", "Desai", "Nair", "Kulkarni", "Chatterjee"),
            List.of("Anil", "Deepa", "Kavita", "Manoj", "Priya", "Rajesh", "Sunita", "Vikram"));
    private static final Naming FILIPINO = new Naming(false,
            List.of("Villanueva", "Dela Cruz", "Bautista", "Mendoza", "Aquino", "Ramos", "Soriano", "Castillo"),
            List.of("Maria", "Jose", "Ramon", "Liza", "Carlo", "Teresa", "Miguel", "Ana"));
    private static final Map<String, Naming> NAMING_BY_COUNTRY = Map.of("JP", JAPANESE, "VN", VIETNAMESE,
            "CN", CHINESE, "KR", KOREAN, "TH", THAI, "ID", INDONESIAN, "IN", INDIAN, "PH", FILIPINO);

    static final List<String> COMPANY_STEMS = List.of("Kitakaze", "Minori", "Hoshino", "Asahigawa", "Tsukimi",
            "Shirakaba", "Hinode", "Midorino", "Kazemachi", "Umibe", "Sorairo", "Yamabiko", "Komorebi", "Nagisa",
            "Akebono", "Harukaze");
    static final List<String> INDUSTRIES = List.of("Precision", "Electronics", "Foods", "Logistics", "Textiles",
            "Chemicals", "Machinery", "Motor Parts", "Packaging", "Medical Devices");
    /** What a company of each industry makes, in the same order as {@link #INDUSTRIES}. */
    static final List<String> PRODUCTS = List.of("precision moulds", "circuit boards", "frozen seafood",
            "cold-chain warehousing", "technical fabrics", "specialty resins", "machine tools",
            "brake components", "paper packaging", "diagnostic equipment");
    static final List<String> FIELDS = List.of("tourism", "agriculture", "human resources training",
            "seaport development", "renewable energy", "healthcare", "education", "food processing",
            "smart city development", "culture and sports", "environmental protection", "logistics");
    static final List<String> BRAND_WORDS = List.of("Golden", "Morning", "Silver", "River", "Jade", "Cloud",
            "Harvest", "Lotus", "Amber", "Summit", "Crane", "Pearl");
    static final List<String> BRAND_NOUNS = List.of("Ridge", "Bloom", "Valley", "Dew", "Garden", "Breeze",
            "Harbour", "Grove");
    static final List<String> GOODS = List.of("single-origin coffee", "dried mango", "hand-woven silk scarves",
            "green tea", "rice crackers", "fish sauce", "lacquerware", "cashew snacks", "craft beer", "ceramics");
    static final List<String> VENUES = List.of("the provincial convention centre", "a department store",
            "the city's exhibition hall", "a hotel", "the international trade centre");
    static final List<String> OUTLET_PREFIXES = List.of("Asia Pacific", "Mekong", "Harbour City", "Northern",
            "Coastal", "Lotus", "East Sea", "Sunrise");

    private Lexicon() {
    }

    static Naming naming(String country) {
        return NAMING_BY_COUNTRY.getOrDefault(country, JAPANESE);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
