// Builds the section plugins (plugins/pom.xml: the plugin API and the plugins shipped with the console)
// with the console's own Maven, then copies each plugin JAR into target/plugins, the run-time folder the
// run command and the tests load them from (console.plugins.directory), apart from the plugins' sources.
// Skipped when nothing under plugins/ changed since the last build. See docs/decisions/0006-section-plugins.md.
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.security.MessageDigest

def pluginsDir = new File(project.basedir, 'plugins')
def runtimeDir = new File(project.build.directory, 'plugins')
def sources = []
pluginsDir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def relative = pluginsDir.toPath().relativize(f.toPath()).toString()
    // *.jar directly in plugins/: left over from builds before API 1.1, which copied the JARs there.
    if (!relative.contains('/target/') && !(relative ==~ /[^\/]+\.jar/)) {
        sources << f
    }
}
def digest = MessageDigest.getInstance('SHA-256')
sources.sort { it.path }.each { f ->
    digest.update(pluginsDir.toPath().relativize(f.toPath()).toString().getBytes('UTF-8'))
    digest.update(f.bytes)
}
def hash = digest.digest().encodeHex().toString()
def hashFile = new File(project.build.directory, 'plugins.hash')
def modules = ['contact-details', 'ict-inventory', 'globe-membership']
def version = project.properties['plugin-api.version']
def jars = modules.collect { new File(runtimeDir, "${it}-${version}.jar") }
if (hashFile.isFile() && hashFile.text.trim() == hash && jars.every { it.isFile() }) {
    log.info("Section plugins are up to date (${hash.take(12)}); skipping their build")
    return
}

def wrapper = new File(project.basedir, 'mvnw').absolutePath
def command = [wrapper, '-B', '-q', '-f', new File(pluginsDir, 'pom.xml').absolutePath, 'package',
               "-Dvaadin.version=${project.properties['vaadin.version']}",
               "-Djackson.version=${project.properties['jackson-bom.version']}",
               "-Dpf4j.version=${project.properties['pf4j.version']}",
               "-Dmaven.repo.local=${session.localRepository.basedir}"]
if (session.offline) {
    command << '-o'
}
log.info("Building the section plugins: ${command.join(' ')}")
def process = new ProcessBuilder(command.collect { it.toString() } as List<String>).directory(project.basedir).inheritIO().start()
if (process.waitFor() != 0) {
    throw new IllegalStateException("The section plugins did not build (see above)")
}
runtimeDir.mkdirs()
// Only this build's JARs: a plugin of an earlier version would be loaded beside the new one.
runtimeDir.listFiles().findAll { it.name.endsWith('.jar') && modules.any { m -> it.name.startsWith(m + '-') } }*.delete()
modules.each { module ->
    def built = new File(pluginsDir, "${module}/target/${module}-${version}.jar")
    Files.copy(built.toPath(), new File(runtimeDir, built.name).toPath(), StandardCopyOption.REPLACE_EXISTING)
    log.info("Installed plugin ${built.name} in ${runtimeDir}")
}
hashFile.parentFile.mkdirs()
hashFile.text = hash
