package org.wechatdesk.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells API clients which fields of a record they will always find. A record's components are never
 * null unless marked {@link Nullable}; the desk leaves nulls out of its answers ({@code
 * default-property-inclusion: non_null}), so a {@code @Nullable} field may be missing, unless its
 * record is {@code @JsonInclude(ALWAYS)}, which writes it as null. Without this, every field of
 * every answer would read as optional, and the frontend's generated types could not tell a value
 * that may be missing from one that is always there.
 */
@Component
class RecordFieldPresence implements ModelConverter {

  @Override
  @SuppressWarnings("rawtypes")
  public Schema resolve(
      AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
    if (!chain.hasNext()) {
      return null;
    }
    Schema resolved = chain.next().resolve(type, context, chain);
    Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
    if (resolved == null || !raw.isRecord()) {
      return resolved;
    }
    Schema model = definition(resolved, context);
    if (model == null || model.getProperties() == null) {
      return resolved;
    }
    boolean writesNulls = writesNulls(raw);
    for (RecordComponent component : raw.getRecordComponents()) {
      String name = component.getName();
      Schema property = (Schema) model.getProperties().get(name);
      if (property == null && listsItsOwnType(raw, component)) {
        // swagger-core leaves out a list of the record's own type (a menu's sub-buttons, a
        // navigation's sub-entries); its items are the model being described.
        property = new ArraySchema().items(new Schema<>().$ref(model.getName()));
        model.addProperty(name, property);
      }
      if (property == null) {
        continue;
      }
      boolean nullable = component.getAccessor().isAnnotationPresent(Nullable.class);
      if (!nullable || writesNulls) {
        model.addRequiredItem(name);
      }
      if (nullable) {
        model.getProperties().put(name, orNull(property));
      }
    }
    return resolved;
  }

  /** OpenAPI 3.1 says "may be null" with JSON Schema's null type; a reference needs a union. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema orNull(Schema property) {
    if (property.get$ref() == null) {
      property.addType("null");
      return property;
    }
    Schema nothing = new Schema<>(SpecVersion.V31);
    nothing.addType("null");
    return new Schema<>(SpecVersion.V31).anyOf(List.of(property, nothing));
  }

  private static boolean listsItsOwnType(Class<?> record, RecordComponent component) {
    return component.getGenericType() instanceof ParameterizedType list
        && Collection.class.isAssignableFrom(component.getType())
        && list.getActualTypeArguments()[0] == record;
  }

  @SuppressWarnings("rawtypes")
  private static Schema definition(Schema resolved, ModelConverterContext context) {
    String ref = resolved.get$ref();
    if (ref == null) {
      return resolved;
    }
    return context.getDefinedModels().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean writesNulls(Class<?> record) {
    JsonInclude include = record.getAnnotation(JsonInclude.class);
    return include != null && include.value() == JsonInclude.Include.ALWAYS;
  }
}
