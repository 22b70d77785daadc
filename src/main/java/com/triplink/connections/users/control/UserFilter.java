package com.triplink.connections.users.control;

import com.fasterxml.jackson.databind.node.ValueNode;
import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.EmailAddress;
import com.unboundid.scim2.common.Path;
import com.unboundid.scim2.common.exceptions.ScimException;
import com.unboundid.scim2.common.filters.AndFilter;
import com.unboundid.scim2.common.filters.ComplexValueFilter;
import com.unboundid.scim2.common.filters.ContainsFilter;
import com.unboundid.scim2.common.filters.EndsWithFilter;
import com.unboundid.scim2.common.filters.EqualFilter;
import com.unboundid.scim2.common.filters.Filter;
import com.unboundid.scim2.common.filters.FilterVisitor;
import com.unboundid.scim2.common.filters.GreaterThanFilter;
import com.unboundid.scim2.common.filters.GreaterThanOrEqualFilter;
import com.unboundid.scim2.common.filters.LessThanFilter;
import com.unboundid.scim2.common.filters.LessThanOrEqualFilter;
import com.unboundid.scim2.common.filters.NotEqualFilter;
import com.unboundid.scim2.common.filters.NotFilter;
import com.unboundid.scim2.common.filters.OrFilter;
import com.unboundid.scim2.common.filters.PresentFilter;
import com.unboundid.scim2.common.filters.StartsWithFilter;
import com.unboundid.scim2.common.utils.JsonUtils;
import com.unboundid.scim2.common.utils.Parser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A SCIM filter (RFC 7644, section 3.4.2.2) as a JPQL condition on the directory user
 * {@code u}. The filter is parsed by the SCIM library; this class decides which attributes can
 * be searched and how: {@code userName}, {@code externalId}, {@code id}, the parts of
 * {@code name}, {@code active}, {@code emails} (with {@code value}, {@code type} and
 * {@code primary}, also as {@code emails[...]}) and {@code meta.created} /
 * {@code meta.lastModified}, with every operator and {@code and}, {@code or}, {@code not}.
 *
 * @param jpql the condition, with parameters {@code p0}, {@code p1}, ...
 * @param parameters the values of those parameters, in order
 */
record UserFilter(String jpql, List<Object> parameters) {

    /** Filters longer than this are refused before they are parsed. */
    static final int MAX_LENGTH = 2_000;

    private static final String USER_URN = "urn:ietf:params:scim:schemas:core:2.0:User";

    /** The searchable attributes of the user, by lower-case path, and how to compare them. */
    private static final Map<String, Column> USER_COLUMNS = Map.of(
            "username", new Column("u.loginKey", Kind.FOLDED_TEXT),
            "externalid", new Column("u.externalId", Kind.TEXT),
            "id", new Column("u.publicId", Kind.TEXT),
            "name.givenname", new Column("lower(u.firstName)", Kind.FOLDED_TEXT),
            "name.middlename", new Column("lower(u.middleName)", Kind.FOLDED_TEXT),
            "name.familyname", new Column("lower(u.lastName)", Kind.FOLDED_TEXT),
            "active", new Column("u.active", Kind.BOOLEAN),
            "meta.created", new Column("u.createdAt", Kind.TIME),
            "meta.lastmodified", new Column("u.lastModified", Kind.TIME));

    /** The searchable sub-attributes of an e-mail address {@code e}. */
    private static final Map<String, Column> EMAIL_COLUMNS = Map.of(
            "value", new Column("e.valueKey", Kind.FOLDED_TEXT),
            "type", new Column("lower(e.type)", Kind.FOLDED_TEXT),
            "primary", new Column("e.primary", Kind.BOOLEAN));

    private static final String SUPPORTED = "userName, externalId, id, name.givenName,"
            + " name.middleName, name.familyName, active, emails (value, type, primary),"
            + " meta.created and meta.lastModified";

    /**
     * The condition for a filter text; a blank or absent filter matches every user.
     *
     * @throws DomainException INVALID_INPUT ({@code invalidFilter}) for a filter that cannot be
     *     parsed or searches what this directory cannot search
     */
    static UserFilter of(String text) {
        if (text == null || text.isBlank()) {
            return new UserFilter("1 = 1", List.of());
        }
        if (text.length() > MAX_LENGTH) {
            throw invalid("filter has at most " + MAX_LENGTH + " characters.");
        }
        try {
            Filter filter = Parser.parseFilter(text);
            List<Object> parameters = new ArrayList<>();
            String jpql = filter.visit(new Translator(), new Scope(false, parameters));
            return new UserFilter(jpql, parameters);
        } catch (ScimException e) {
            throw invalid("filter: " + e.getMessage());
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw invalid("filter cannot be read: " + e.getMessage());
        }
    }

    private static DomainException invalid(String message) {
        return DomainException.invalid("invalidFilter", message);
    }

    private enum Kind { TEXT, FOLDED_TEXT, BOOLEAN, TIME }

    private record Column(String expression, Kind kind) {
    }

    /** Where a path is resolved: on the user, or inside {@code emails[...]} on an address. */
    private record Scope(boolean email, List<Object> parameters) {

        String bind(Object value) {
            parameters.add(value);
            return ":p" + (parameters.size() - 1);
        }
    }

    /** Builds the condition of each kind of filter. */
    private static final class Translator implements FilterVisitor<String, Scope> {

        @Override
        public String visit(EqualFilter filter, Scope scope) throws ScimException {
            return compare(filter.getAttributePath(), "=", filter.getComparisonValue(), scope);
        }

        @Override
        public String visit(NotEqualFilter filter, Scope scope) throws ScimException {
            return compare(filter.getAttributePath(), "<>", filter.getComparisonValue(), scope);
        }

        @Override
        public String visit(ContainsFilter filter, Scope scope) throws ScimException {
            return like(filter.getAttributePath(), "%", filter.getComparisonValue(), "%", scope);
        }

        @Override
        public String visit(StartsWithFilter filter, Scope scope) throws ScimException {
            return like(filter.getAttributePath(), "", filter.getComparisonValue(), "%", scope);
        }

        @Override
        public String visit(EndsWithFilter filter, Scope scope) throws ScimException {
            return like(filter.getAttributePath(), "%", filter.getComparisonValue(), "", scope);
        }

        @Override
        public String visit(PresentFilter filter, Scope scope) throws ScimException {
            return on(filter.getAttributePath(), scope, column -> column.expression()
                    + " is not null");
        }

        @Override
        public String visit(GreaterThanFilter filter, Scope scope) throws ScimException {
            return compare(filter.getAttributePath(), ">", filter.getComparisonValue(), scope);
        }

        @Override
        public String visit(GreaterThanOrEqualFilter filter, Scope scope) throws ScimException {
            return compare(filter.getAttributePath(), ">=", filter.getComparisonValue(), scope);
        }

        @Override
        public String visit(LessThanFilter filter, Scope scope) throws ScimException {
            return compare(filter.getAttributePath(), "<", filter.getComparisonValue(), scope);
        }

        @Override
        public String visit(LessThanOrEqualFilter filter, Scope scope) throws ScimException {
            return compare(filter.getAttributePath(), "<=", filter.getComparisonValue(), scope);
        }

        @Override
        public String visit(AndFilter filter, Scope scope) throws ScimException {
            return combine(filter.getCombinedFilters(), " and ", scope);
        }

        @Override
        public String visit(OrFilter filter, Scope scope) throws ScimException {
            return combine(filter.getCombinedFilters(), " or ", scope);
        }

        @Override
        public String visit(NotFilter filter, Scope scope) throws ScimException {
            return "not (" + filter.getInvertedFilter().visit(this, scope) + ")";
        }

        @Override
        public String visit(ComplexValueFilter filter, Scope scope) throws ScimException {
            String attribute = attributeName(filter.getAttributePath());
            if (scope.email() || !attribute.equals("emails")) {
                throw invalid("filter: only emails[...] can be filtered by value; the"
                        + " searchable attributes are " + SUPPORTED + ".");
            }
            String inner = filter.getValueFilter().visit(this, new Scope(true,
                    scope.parameters()));
            return emailExists(inner);
        }

        private String combine(List<Filter> filters, String operator, Scope scope)
                throws ScimException {
            List<String> parts = new ArrayList<>();
            for (Filter filter : filters) {
                parts.add("(" + filter.visit(this, scope) + ")");
            }
            return String.join(operator, parts);
        }

        private String compare(Path path, String operator, ValueNode value, Scope scope)
                throws ScimException {
            return on(path, scope, column -> {
                String parameter = scope.bind(valueFor(column, value, path));
                if (column.kind() == Kind.BOOLEAN && !"=".equals(operator)
                        && !"<>".equals(operator)) {
                    throw invalid("filter: " + path + " is true or false; compare it with eq"
                            + " or ne.");
                }
                String condition = column.expression() + " " + operator + " " + parameter;
                return "<>".equals(operator) ? "(" + condition + " or " + column.expression()
                        + " is null)" : condition;
            });
        }

        private String like(Path path, String before, ValueNode value, String after,
                Scope scope) throws ScimException {
            return on(path, scope, column -> {
                if (column.kind() != Kind.TEXT && column.kind() != Kind.FOLDED_TEXT) {
                    throw invalid("filter: co, sw and ew compare text; " + path + " is not.");
                }
                String text = (String) valueFor(column, value, path);
                String pattern = before + text.replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + after;
                return column.expression() + " like " + scope.bind(pattern) + " escape '!'";
            });
        }

        private String on(Path path, Scope scope, Condition condition) throws ScimException {
            String name = attributeName(path);
            if (scope.email()) {
                return condition.on(column(EMAIL_COLUMNS, name));
            }
            if (name.equals("emails")) {
                return emailExists(condition.on(EMAIL_COLUMNS.get("value")));
            }
            if (name.startsWith("emails.")) {
                return emailExists(condition.on(column(EMAIL_COLUMNS,
                        name.substring("emails.".length()))));
            }
            return condition.on(column(USER_COLUMNS, name));
        }

        private static String emailExists(String condition) {
            return "exists (select 1 from DirectoryUser x join x.emails e where x = u and ("
                    + condition + "))";
        }

        private static Column column(Map<String, Column> columns, String name) {
            Column column = columns.get(name);
            if (column == null) {
                throw invalid("filter: '" + name + "' cannot be searched; the searchable"
                        + " attributes are " + SUPPORTED + ".");
            }
            return column;
        }

        private static String attributeName(Path path) {
            if (path.getSchemaUrn() != null && !USER_URN.equalsIgnoreCase(path.getSchemaUrn())) {
                throw invalid("filter: attributes of schema " + path.getSchemaUrn()
                        + " cannot be searched; the searchable attributes are " + SUPPORTED
                        + ".");
            }
            List<String> names = new ArrayList<>();
            for (Path.Element element : path) {
                if (element.getValueFilter() != null) {
                    throw invalid("filter: write a value filter as emails[...], not inside a"
                            + " path.");
                }
                names.add(element.getAttribute());
            }
            return names.stream().collect(Collectors.joining(".")).toLowerCase(Locale.ROOT);
        }

        private static Object valueFor(Column column, ValueNode value, Path path) {
            return switch (column.kind()) {
                case TEXT -> text(value, path);
                case FOLDED_TEXT -> column.expression().startsWith("u.loginKey")
                        ? DirectoryUser.keyOf(text(value, path))
                        : EmailAddress.keyOf(text(value, path));
                case BOOLEAN -> {
                    if (!value.isBoolean()) {
                        throw invalid("filter: " + path + " is compared with true or false.");
                    }
                    yield value.booleanValue();
                }
                case TIME -> {
                    try {
                        yield JsonUtils.nodeToDateValue(value).toInstant();
                    } catch (IllegalArgumentException e) {
                        throw invalid("filter: " + path + " is compared with a date and time"
                                + " such as \"2026-12-01T00:00:00Z\".");
                    }
                }
            };
        }

        private static String text(ValueNode value, Path path) {
            if (!value.isTextual()) {
                throw invalid("filter: " + path + " is compared with a quoted string.");
            }
            return value.textValue();
        }
    }

    /** A condition on one column. */
    @FunctionalInterface
    private interface Condition {
        String on(Column column);
    }
}
