// Stops the PostgreSQL started by start-database.groovy and records which db/** it generated from.
def postgres = project.getContextValue('codegen.postgres')
if (postgres != null) {
    postgres.close()
    project.setContextValue('codegen.postgres', null)
    def hashFile = new File(project.build.directory, 'generated-sources/jooq/.db-hash')
    hashFile.parentFile.mkdirs()
    hashFile.text = project.properties.getProperty('codegen.hash')
}
