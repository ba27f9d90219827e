package org.qconsole.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes {@link Condition.Not} as {@code {"not": <condition>}}: the negated condition with its own kind
 * name, as And and Or write their lists. (A {@code @JsonValue} would drop the inner condition's kind.)
 */
final class NotWriter extends StdSerializer<Condition.Not> {

    NotWriter() {
        super(Condition.Not.class);
    }

    @Override
    public void serialize(Condition.Not not, JsonGenerator json, SerializerProvider provider) throws IOException {
        provider.findTypedValueSerializer(not.condition().getClass(), true, null).serialize(not.condition(), json, provider);
    }

    @Override
    public void serializeWithType(Condition.Not not, JsonGenerator json, SerializerProvider provider,
            TypeSerializer kind) throws IOException {
        // A scalar shape: the wrapper {"not": ...} is written around whatever the inner condition writes.
        WritableTypeId id = kind.writeTypePrefix(json, kind.typeId(not, JsonToken.VALUE_STRING));
        serialize(not, json, provider);
        kind.writeTypeSuffix(json, id);
    }
}
