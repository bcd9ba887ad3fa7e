package dev.gantry.catalog;

import java.util.Map;

/** The shape of a property's value, as deep as the CloudFormation schema goes. */
public sealed interface PropertyType {

    enum Primitive {
        STRING,
        INTEGER,
        NUMBER,
        BOOLEAN,
        JSON
    }

    record Scalar(Primitive primitive) implements PropertyType {}

    record ArrayOf(PropertyType element) implements PropertyType {}

    record MapOf(PropertyType value) implements PropertyType {}

    /** A named object type; its properties are in declaration order. */
    record ObjectType(String typeName, Map<String, Property> properties) implements PropertyType {}

    /** One of several shapes (CloudFormation's union types); a value must fit one of them. */
    record OneOf(java.util.List<PropertyType> alternatives) implements PropertyType {}
}
