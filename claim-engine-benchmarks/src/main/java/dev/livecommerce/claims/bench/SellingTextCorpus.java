package dev.livecommerce.claims.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed corpus of realistic Chinese selling text: livestream speech segments, listing descriptions and viewer
 * chat, assembled from hand-written sentences with a fixed seed. About one sentence in eight carries a claim, as
 * in a busy room; the rest is ordinary selling talk.
 */
final class SellingTextCorpus {

    private static final String[] ORDINARY = {"家人们，今天给大家带来的是云南的高山红茶，茶汤红亮，回甘很明显。",
            "这款羽绒服是90白鸭绒的，充绒量有200克，东北零下二十度穿都没问题。", "喜欢的宝宝先点点关注，加入粉丝团，等下有福袋。",
            "三号链接已经上了，库存只有两百单，拍完就没有了。", "这个锅是麦饭石涂层的，煎蛋不粘，燃气灶电磁炉都能用。",
            "收到以后建议冷藏保存，开封后三天内吃完，口感更好。", "我们是产地直发，从果园到你家只要两天，坏果包赔。", "M码适合身高160到165，体重100到115斤的宝宝。",
            "这个面霜质地很轻薄，夏天用也不闷，油皮干皮都可以。", "今天直播间专属价，券后到手七十九，还送一个小样。", "屏幕是2K的，刷新率120赫兹，打游戏很流畅。",
            "发货地是广东，一般两天就能到，偏远地区除外。", "七天无理由退换，运费险也给大家包了，放心拍。", "给大家看一下细节，这个走线很整齐，没有线头。",
            "奶粉一定要按说明书冲泡，水温四十度左右就可以。", "这个碗是陶瓷的，可以进微波炉，也可以进洗碗机。", "主播身上这件是S码，我身高一米六，体重九十斤。",
            "每100克含蛋白质12克，脂肪3克，碳水化合物60克。", "这款充电宝是一万毫安的，能给手机充两次半。", "新疆阿克苏冰糖心苹果，五斤装，果径八十到八十五毫米。",
            "拍两件的再送一个收纳袋，备注颜色就可以。", "这批榴莲是泰国金枕，开出来都是干包，肉很厚。", "客服二十四小时在线，有任何问题随时找我们。",
            "面料是新疆长绒棉，做工是双针走线，洗了不变形。", "这个口红颜色很显白，黄皮也能涂，日常通勤都合适。", "主播能不能看看二号链接？",
            "已拍，什么时候发货？", "南方天气能穿吗，会不会太厚？", "上次买的苹果很甜，又来回购了。", "黑色的还有货吗？M码。", "这个适合送长辈吗？",
            "五常大米，稻花香二号，十斤装，当季新米。", "空气炸锅，家用五升大容量，少油更健康。", "宝宝辅食机，蒸煮搅拌一体，一键操作。",
            "蓝牙耳机主动降噪，续航三十小时，通话清晰。", "下单了第一时间给大家安排发货，不用催。", "第一次买的宝宝可以先拍小份试试。",
            "这款羊毛衫最好手洗或者干洗，不要暴晒。", "本店最受欢迎的款就是这个奶白色。", "唯一的缺点就是太好吃了，根本停不下来。",
            "满199减30，可以叠加店铺券，算下来很划算。", "这个价格今天直播间专属，出了直播间就恢复原价。", "最近天气冷了，这个围巾大家可以备一条。"};
    private static final String[] CLAIMS = {"这是全网最低价，错过今天再等一年。", "我们这款是全网销量第一的面膜。",
            "这个茶能降血压降血糖，老人喝特别好。", "7天美白，一周白两个度，不信你试。", "想要的加我vx，私下给你便宜点。",
            "出厂价直销，没有中间商赚差价。", "这是我吃过最好吃的橙子，最甜的。", "电话138 1234 5678，随时联系。", "原价2999，今天直播间到手价29.9。",
            "史上最强续航，行业天花板。", "国家级工艺，顶级面料。", "仿真枪玩具，金属可发射。"};

    final List<String> texts;
    final List<String> categories;
    final long chars;

    SellingTextCorpus(int segments, long seed) {
        String[] categoryNames = {"FOOD", "COSMETICS", "APPAREL", "ELECTRONICS", "HOME", "FRESH_PRODUCE",
                "HEALTH_FOOD", "BABY", "OTHER"};
        SplittableRandom random = new SplittableRandom(seed);
        List<String> texts = new ArrayList<>(segments);
        List<String> categories = new ArrayList<>(segments);
        long chars = 0;
        for (int s = 0; s < segments; s++) {
            StringBuilder segment = new StringBuilder();
            int sentences = 2 + random.nextInt(7);
            for (int i = 0; i < sentences; i++) {
                String[] pool = random.nextInt(8) == 0 ? CLAIMS : ORDINARY;
                segment.append(pool[random.nextInt(pool.length)]);
            }
            texts.add(segment.toString());
            categories.add(categoryNames[random.nextInt(categoryNames.length)]);
            chars += segment.length();
        }
        this.texts = List.copyOf(texts);
        this.categories = List.copyOf(categories);
        this.chars = chars;
    }
}
