package org.qconsole.plugins.inventory;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.plugin.api.Texts;

/** The plugin's labels in the six UN languages (English, French, Spanish, Arabic, Russian, Chinese). */
final class InventoryTexts {

    static final Texts NAME = new Texts("Inventory of ICT tools", "Inventaire des outils TIC",
            "Inventario de herramientas TIC", "قائمة بأدوات تكنولوجيا المعلومات والاتصالات", "Перечень средств ИКТ",
            "信通技术工具清单");
    static final Texts ADD = new Texts("Add a tool", "Ajouter un outil", "Añadir una herramienta", "إضافة أداة",
            "Добавить средство", "添加工具");
    /** Followed by the maximum number of tools. */
    static final Texts AT_MOST = new Texts("Tools at most:", "Nombre maximal d'outils :",
            "Número máximo de herramientas:", "العدد الأقصى للأدوات:", "Максимальное число средств:", "工具数上限：");
    static final Texts TOOL = new Texts("Tool", "Outil", "Herramienta", "الأداة", "Средство", "工具");
    static final Texts CATEGORY = new Texts("Category", "Catégorie", "Categoría", "الفئة", "Категория", "类别");
    static final Texts PURPOSE = new Texts("Purpose", "Objet", "Finalidad", "الغرض", "Назначение", "用途");
    static final Texts USEFULNESS = new Texts("Usefulness (1-5)", "Utilité (1 à 5)", "Utilidad (1 a 5)",
            "مدى الفائدة (1-5)", "Полезность (1–5)", "有用程度（1-5）");
    static final Texts SECURE = new Texts("Secure", "Sécurisé", "Seguro", "آمن", "Защищённое", "安全");
    static final Texts REMOVE = new Texts("Remove", "Supprimer", "Eliminar", "حذف", "Удалить", "删除");
    static final Texts MIN = new Texts("At least (tools)", "Au moins (outils)", "Al menos (herramientas)",
            "الحد الأدنى (عدد الأدوات)", "Не менее (средств)", "至少（工具数）");
    static final Texts MAX = new Texts("At most (tools)", "Au plus (outils)", "Como máximo (herramientas)",
            "الحد الأقصى (عدد الأدوات)", "Не более (средств)", "至多（工具数）");

    /** The ICT types of the 2023 questionnaire by key. */
    static final Map<String, Texts> CATEGORIES = categories();

    private InventoryTexts() {
    }

    private static Map<String, Texts> categories() {
        Map<String, Texts> c = new LinkedHashMap<>();
        c.put("email", new Texts("Email/messaging technologies", "Technologies de courrier électronique et de messagerie",
                "Tecnologías de correo electrónico y mensajería", "تكنولوجيات البريد الإلكتروني والمراسلة",
                "Технологии электронной почты и обмена сообщениями", "电子邮件/即时通讯技术"));
        c.put("videoconference", new Texts("Videoconference platforms/services",
                "Plateformes et services de visioconférence", "Plataformas y servicios de videoconferencia",
                "منصات وخدمات التداول بالفيديو", "Платформы и службы видеоконференцсвязи", "视频会议平台/服务"));
        c.put("word_processing", new Texts("Word processing technologies", "Logiciels de traitement de texte",
                "Tecnologías de procesamiento de textos", "تكنولوجيات معالجة النصوص", "Средства обработки текстов",
                "文字处理技术"));
        c.put("public_websites", new Texts("Publicly available websites", "Sites Web accessibles au public",
                "Sitios web de acceso público", "المواقع الشبكية المتاحة للجمهور", "Общедоступные веб-сайты",
                "公开网站"));
        c.put("artificial_intelligence", new Texts("Artificial intelligence", "Intelligence artificielle",
                "Inteligencia artificial", "الذكاء الاصطناعي", "Искусственный интеллект", "人工智能"));
        c.put("case_management", new Texts("Case management systems", "Systèmes de gestion des affaires",
                "Sistemas de gestión de casos", "نظم إدارة القضايا", "Системы управления делами", "案件管理系统"));
        c.put("custom_software", new Texts("Custom-made software for requests",
                "Logiciels conçus sur mesure pour les demandes", "Programas informáticos a medida para las solicitudes",
                "برمجيات مصممة خصيصاً للطلبات", "Специализированное программное обеспечение для запросов",
                "为处理请求定制的软件"));
        c.put("databases", new Texts("Databases (registries)", "Bases de données (registres)",
                "Bases de datos (registros)", "قواعد البيانات (السجلات)", "Базы данных (реестры)", "数据库（登记册）"));
        c.put("secure_storage", new Texts("Secure data storage", "Stockage sécurisé des données",
                "Almacenamiento seguro de datos", "التخزين الآمن للبيانات", "Защищённое хранение данных",
                "安全数据存储"));
        c.put("secure_exchange", new Texts("Secure information exchange platforms",
                "Plateformes d'échange sécurisé d'informations", "Plataformas de intercambio seguro de información",
                "منصات التبادل الآمن للمعلومات", "Платформы защищённого обмена информацией", "安全信息交换平台"));
        c.put("translation", new Texts("Translation software", "Logiciels de traduction", "Programas de traducción",
                "برمجيات الترجمة", "Программы для перевода", "翻译软件"));
        c.put("other", new Texts("Other", "Autre", "Otro", "أخرى", "Другое", "其他"));
        return c;
    }
}
