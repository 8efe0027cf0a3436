package dev.livecommerce.claims.bench;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Realistic watch-list terms to bring a dictionary to benchmark size: marketing modifiers combined with product
 * words ("速效面霜", "祖传药酒", "进口奶粉" ...), in a fixed order.
 */
final class GeneratedTerms {

    private static final String[] MODIFIERS = {"特效", "速效", "神奇", "祖传", "秘制", "进口", "纯天然", "无添加", "网红", "爆款",
            "正宗", "原装", "高仿", "复刻", "原单", "尾单", "外贸", "出口", "专柜", "官方", "限量", "定制", "手工", "有机", "野生", "散养",
            "冻干", "古法", "非遗", "国潮", "大牌", "名牌", "奢侈", "轻奢", "平替", "同款", "明星", "网红款", "新款", "老款", "清仓", "库存",
            "瑕疵", "二手", "九成新", "全新", "未拆封", "水货", "港版", "日版", "韩版", "美版", "欧版", "台版", "国行", "海淘", "代购",
            "直邮", "保税", "现货", "预售", "秒杀", "福利", "特惠", "包邮", "孕妇", "儿童", "老人", "学生", "男士", "女士"};
    private static final String[] PRODUCTS = {"面霜", "精华", "面膜", "口红", "粉底", "眼霜", "洗面奶", "防晒霜", "香水", "洗发水",
            "奶粉", "米粉", "辅食", "纸尿裤", "奶瓶", "玩具", "童装", "蜂蜜", "燕窝", "阿胶", "人参", "枸杞", "红枣", "茶叶", "红茶",
            "绿茶", "白酒", "红酒", "药酒", "保健酒", "鱼油", "钙片", "维生素", "蛋白粉", "酵素", "代餐", "咖啡", "零食", "坚果", "牛肉干",
            "腊肉", "香肠", "大米", "面粉", "食用油", "酱油", "手机", "耳机", "充电宝", "手表", "电脑", "平板", "相机", "吹风机", "剃须刀",
            "按摩仪", "空调", "冰箱", "洗衣机", "电饭煲", "炒锅", "刀具", "床垫", "枕头", "被子", "羽绒服", "运动鞋", "包包", "皮带",
            "围巾", "首饰", "手镯", "项链", "耳环"};

    private GeneratedTerms() {
    }

    /** Modifier-product terms not already in {@code existing}, until there are {@code total} terms in all. */
    static Set<String> upTo(int total, Set<String> existing) {
        Set<String> terms = new LinkedHashSet<>();
        for (String product : PRODUCTS) {
            for (String modifier : MODIFIERS) {
                if (existing.size() + terms.size() >= total) {
                    return terms;
                }
                String term = modifier + product;
                if (!existing.contains(term)) {
                    terms.add(term);
                }
            }
        }
        throw new IllegalStateException("only " + (existing.size() + terms.size()) + " terms, " + total + " wanted");
    }
}
