// Starts a throw-away PostgreSQL for jOOQ code generation, unless db/** is unchanged
// since the last generation (then the Liquibase and jOOQ executions are skipped).
// See docs/decisions/0002-embedded-postgresql-and-code-generation.md.
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres
import java.security.MessageDigest

def dbDir = new File(project.basedir, 'db')
def digest = MessageDigest.getInstance('SHA-256')
def files = []
dbDir.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
files.sort { it.path }.each { f ->
    digest.update(dbDir.toPath().relativize(f.toPath()).toString().getBytes('UTF-8'))
    digest.update(f.bytes)
}
def hash = digest.digest().encodeHex().toString()
def hashFile = new File(project.build.directory, 'generated-sources/jooq/.db-hash')

project.properties.setProperty('codegen.hash', hash)
if (hashFile.isFile() && hashFile.text.trim() == hash) {
    log.info("jOOQ code is up to date with db/ (${hash.take(12)}); skipping code generation")
    project.properties.setProperty('codegen.skip', 'true')
    project.properties.setProperty('codegen.jdbc.url', 'unused')
    return
}
def postgres = EmbeddedPostgres.builder().start()
def url = postgres.getJdbcUrl('postgres', 'postgres')
log.info("Started PostgreSQL for jOOQ code generation at ${url}")
project.setContextValue('codegen.postgres', postgres)
project.properties.setProperty('codegen.skip', 'false')
project.properties.setProperty('codegen.jdbc.url', url)
