// Reads the plugin API's version from plugins/pom.xml (the one place it is declared) into the property
// plugin-api.version, which resource filtering writes into plugin-api.properties (PluginApi.version()).
def pom = new File(project.basedir, 'plugins/pom.xml').text
def found = pom =~ /<artifactId>plugins<\/artifactId>\s*<version>([^<]+)<\/version>/
if (!found.find()) {
    throw new IllegalStateException("plugins/pom.xml declares no version")
}
project.properties.setProperty('plugin-api.version', found.group(1))
