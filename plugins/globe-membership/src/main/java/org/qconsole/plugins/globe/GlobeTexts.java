package org.qconsole.plugins.globe;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.plugin.api.Texts;

/** The plugin's labels in the six UN languages (English, French, Spanish, Arabic, Russian, Chinese). */
final class GlobeTexts {

    static final Texts NAME = new Texts("GlobE Network membership by authority", "Adhésion au réseau GlobE par autorité",
            "Pertenencia a la Red GlobE por autoridad", "العضوية في شبكة GlobE حسب السلطة",
            "Членство в сети GlobE в разбивке по органам", "按机关分列的 GlobE 网络成员情况");
    static final Texts MEMBER = new Texts("Is it a member of the GlobE Network?", "Est-elle membre du réseau GlobE ?",
            "¿Es miembro de la Red GlobE?", "هل هي عضو في شبكة GlobE؟", "Является ли орган членом сети GlobE?",
            "该机关是否为 GlobE 网络成员？");
    static final Texts THREEMA = new Texts("If yes, is it registered on the GlobE Threema channel?",
            "Si oui, est-elle inscrite sur le canal Threema de GlobE ?",
            "En caso afirmativo, ¿está registrada en el canal Threema de GlobE?",
            "إذا كان الجواب نعم، فهل هي مسجلة في قناة Threema التابعة لشبكة GlobE؟",
            "Если да, зарегистрирован ли орган на канале GlobE в Threema?",
            "如是，该机关是否已在 GlobE 的 Threema 频道注册？");
    static final Texts PLANS = new Texts("If not, does it plan to join?", "Si non, prévoit-elle d'y adhérer ?",
            "En caso negativo, ¿tiene previsto adherirse?", "إذا كان الجواب لا، فهل تعتزم الانضمام؟",
            "Если нет, планирует ли орган присоединиться?", "如否，该机关是否计划加入？");
    static final Texts AUTHORITIES = new Texts("Authorities to ask about, one per line as \"key: Name\"",
            "Autorités visées, une par ligne sous la forme « clé: Nom »",
            "Autoridades sobre las que se pregunta, una por línea como \"clave: Nombre\"",
            "السلطات المعنية بالسؤال، سلطة واحدة في كل سطر بصيغة \"key: الاسم\"",
            "Органы, о которых задаётся вопрос, по одному в строке в виде «ключ: Название»",
            "所询问的机关，每行一个，格式为“key: 名称”");
    static final Texts AUTHORITIES_HELP = new Texts(
            "e.g. fiu: Financial intelligence unit. Keep a key when you rename an authority: answers are linked to it.",
            "p. ex. fiu: Cellule de renseignement financier. Gardez la clé si vous renommez une autorité : les"
                    + " réponses y sont liées.",
            "p. ej. fiu: Unidad de inteligencia financiera. Conserve la clave al cambiar el nombre de una autoridad:"
                    + " las respuestas están vinculadas a ella.",
            "مثال: fiu: وحدة الاستخبارات المالية. احتفظ بالمفتاح عند تغيير اسم السلطة، فالأجوبة مرتبطة به.",
            "например, fiu: Подразделение финансовой разведки. Сохраняйте ключ при переименовании органа: ответы"
                    + " привязаны к нему.",
            "例如 fiu: 金融情报机构。重命名机关时请保留其 key：答复与之关联。");

    /** Yes and no, by answer value. */
    static final Map<String, Texts> YES_NO = options(false);
    /** Plans to join, by answer value. */
    static final Map<String, Texts> PLAN_OPTIONS = options(true);

    private GlobeTexts() {
    }

    private static Map<String, Texts> options(boolean undecided) {
        Map<String, Texts> options = new LinkedHashMap<>();
        options.put("yes", new Texts("Yes", "Oui", "Sí", "نعم", "Да", "是"));
        options.put("no", new Texts("No", "Non", "No", "لا", "Нет", "否"));
        if (undecided) {
            options.put("undecided", new Texts("Undecided", "Pas encore décidé", "Aún no se ha decidido",
                    "لم يتقرر بعد", "Решение не принято", "尚未决定"));
        }
        return options;
    }
}
