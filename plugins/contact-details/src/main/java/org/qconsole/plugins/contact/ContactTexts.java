package org.qconsole.plugins.contact;

import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.plugin.api.Texts;

/** The plugin's labels in the six UN languages (English, French, Spanish, Arabic, Russian, Chinese). */
final class ContactTexts {

    static final Texts NAME = new Texts("Contact details of the focal point", "Coordonnées du point focal",
            "Datos de contacto del punto focal", "بيانات الاتصال بجهة الوصل", "Контактные данные координатора",
            "联络点的联系方式");
    static final Texts REQUIRED = new Texts("Fields the country must fill in", "Champs que le pays doit remplir",
            "Campos que el país debe completar", "الحقول التي يجب على البلد ملؤها",
            "Поля, которые страна должна заполнить", "国家必须填写的字段");

    /** The form's fields by answer key, in order. */
    static final Map<String, Texts> FIELDS = fields();
    /** The six UN languages by code, named in each of them. */
    static final Map<String, Texts> LANGUAGES = languages();

    private ContactTexts() {
    }

    private static Map<String, Texts> fields() {
        Map<String, Texts> fields = new LinkedHashMap<>();
        fields.put("name", new Texts("Name", "Nom", "Nombre", "الاسم", "Имя и фамилия", "姓名"));
        fields.put("title", new Texts("Title or function", "Titre ou fonction", "Cargo o función",
                "اللقب أو الوظيفة", "Должность или функция", "职衔或职务"));
        fields.put("authority", new Texts("Authority", "Autorité", "Autoridad", "السلطة", "Орган", "机关"));
        fields.put("email", new Texts("E-mail", "Courriel", "Correo electrónico", "البريد الإلكتروني",
                "Электронная почта", "电子邮件"));
        fields.put("phone", new Texts("Phone", "Téléphone", "Teléfono", "الهاتف", "Телефон", "电话"));
        fields.put("language", new Texts("Preferred UN language", "Langue de l'ONU préférée",
                "Idioma preferido de las Naciones Unidas", "لغة الأمم المتحدة المفضلة", "Предпочитаемый язык ООН",
                "首选联合国语言"));
        return fields;
    }

    private static Map<String, Texts> languages() {
        Map<String, Texts> languages = new LinkedHashMap<>();
        languages.put("en", new Texts("English", "anglais", "inglés", "الإنكليزية", "английский", "英文"));
        languages.put("fr", new Texts("French", "français", "francés", "الفرنسية", "французский", "法文"));
        languages.put("es", new Texts("Spanish", "espagnol", "español", "الإسبانية", "испанский", "西班牙文"));
        languages.put("ar", new Texts("Arabic", "arabe", "árabe", "العربية", "арабский", "阿拉伯文"));
        languages.put("ru", new Texts("Russian", "russe", "ruso", "الروسية", "русский", "俄文"));
        languages.put("zh", new Texts("Chinese", "chinois", "chino", "الصينية", "китайский", "中文"));
        return languages;
    }
}
