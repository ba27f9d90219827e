// Prepares Vaadin's production bundle (from the pre-compiled bundle: no npm) in target/classes, so that the
// run command serves the console in production mode. Runs the Vaadin goals in a child Maven, and only when
// the bundle is missing or frontend/ or the Vaadin version changed since it was made: they take 10-15 s.
// Skipped in development mode (-Pdev) and where a profile builds the bundle itself (-Pproduction).
// See docs/decisions/0009-production-mode-in-the-run-command.md.
import java.security.MessageDigest

def webapp = new File(project.build.outputDirectory, 'META-INF/VAADIN/webapp')
def hashFile = new File(project.build.directory, 'frontend-bundle.hash')
def mode = project.properties['console.frontend.bundle']
if (mode == 'none') {
    // Development mode serves its own bundle; a production bundle left in target/classes must not shadow it.
    if (webapp.isDirectory()) {
        log.info('Development mode: removing the production bundle from target/classes')
        webapp.deleteDir()
    }
    hashFile.delete()
    return
}
if (mode != 'prepare') {
    return
}
def frontend = new File(project.basedir, 'frontend')
def digest = MessageDigest.getInstance('SHA-256')
digest.update(project.properties['vaadin.version'].toString().getBytes('UTF-8'))
def files = []
frontend.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def relative = frontend.toPath().relativize(f.toPath()).toString()
    // Vaadin writes these two on every build.
    if (!relative.startsWith('generated/') && relative != 'index.html') {
        files << f
    }
}
files.sort { it.path }.each { f ->
    digest.update(frontend.toPath().relativize(f.toPath()).toString().getBytes('UTF-8'))
    digest.update(f.bytes)
}
def hash = digest.digest().encodeHex().toString()
def bundle = new File(webapp, 'index.html')
if (bundle.isFile() && hashFile.isFile() && hashFile.text.trim() == hash) {
    log.info("Vaadin production bundle is up to date (${hash.take(12)})")
    return
}
def plugin = "com.vaadin:vaadin-maven-plugin:${project.properties['vaadin.version']}"
def command = [new File(project.basedir, 'mvnw').absolutePath, '-B', '-q', "${plugin}:prepare-frontend",
               "${plugin}:build-frontend", "-Dmaven.repo.local=${session.localRepository.basedir}"]
if (session.offline) {
    command << '-o'
}
log.info("Preparing Vaadin's production bundle: ${command.join(' ')}")
def process = new ProcessBuilder(command.collect { it.toString() } as List<String>)
        .directory(project.basedir).inheritIO().start()
if (process.waitFor() != 0 || !bundle.isFile()) {
    throw new IllegalStateException("Vaadin's production bundle could not be prepared (see above)")
}
hashFile.text = hash
