package org.mizan.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;

/**
 * A table's columns as the components of a record: {@code startOffset} is the column
 * {@code START_OFFSET}. The record is the one place that lists them; statements are
 * written from it and rows are read back into it by name. An enum is stored as its label,
 * the constant's name in lower case with spaces for underscores ({@code more than}).
 */
final class RecordColumns<R extends Record> {

	private final List<String> names;

	private final List<Method> accessors;

	private final List<Class<?>> types;

	private final Constructor<R> constructor;

	RecordColumns(Class<R> type) {
		RecordComponent[] components = type.getRecordComponents();
		this.names = Arrays.stream(components).map((c) -> columnName(c.getName())).toList();
		this.accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toList();
		this.types = Arrays.stream(components).<Class<?>>map(RecordComponent::getType).toList();
		try {
			this.constructor = type.getDeclaredConstructor(this.types.toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type + " has no canonical constructor", ex);
		}
	}

	/** The columns, comma-separated, in the record's order. */
	String list() {
		return String.join(", ", this.names);
	}

	/** The columns over a table alias: {@code x.FILE, x.SEQ, …}. */
	String list(String alias) {
		return this.names.stream().map((n) -> alias + "." + n).collect(Collectors.joining(", "));
	}

	List<String> names() {
		return this.names;
	}

	/** {@code INSERT INTO table (…) VALUES (?, …)}, for {@link #values}. */
	String insert(String table) {
		return "INSERT INTO " + table + " (" + list() + ") VALUES ("
				+ String.join(", ", Collections.nCopies(this.names.size(), "?")) + ")";
	}

	/** A row's values in column order, an enum as its label. */
	Object[] values(R row) {
		Object[] values = new Object[this.accessors.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = stored(read(this.accessors.get(i), row));
		}
		return values;
	}

	List<Object[]> values(List<R> rows) {
		List<Object[]> values = new ArrayList<>(rows.size());
		rows.forEach((row) -> values.add(values(row)));
		return values;
	}

	/**
	 * Maps rows by column name; a query must select every column of the record. It finds
	 * the columns in the first row of each result set it is given (Spring's
	 * {@code DataClassRowMapper} looked them up and converted each value by reflection on
	 * every row, which made the align step's reads two and a half times slower).
	 */
	RowMapper<R> mapper() {
		return new RowMapper<>() {

			private int[] indexes;

			private ResultSet columnsOf;

			@Override
			public R mapRow(ResultSet rs, int rowNum) throws SQLException {
				// found again for another result set: one mapper may read two queries
				if (rs != this.columnsOf) {
					this.columnsOf = rs;
					this.indexes = new int[names.size()];
					for (int i = 0; i < this.indexes.length; i++) {
						this.indexes[i] = rs.findColumn(names.get(i));
					}
				}
				Object[] args = new Object[this.indexes.length];
				for (int i = 0; i < args.length; i++) {
					args[i] = value(rs, this.indexes[i], types.get(i));
				}
				try {
					return constructor.newInstance(args);
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException("cannot make a " + constructor.getDeclaringClass(), ex);
				}
			}

		};
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object value(ResultSet rs, int index, Class<?> type) throws SQLException {
		if (type == String.class) {
			return rs.getString(index);
		}
		if (type == int.class) {
			return rs.getInt(index);
		}
		if (type == long.class) {
			return rs.getLong(index);
		}
		if (type == double.class) {
			return rs.getDouble(index);
		}
		Object value = rs.getObject(index);
		if (value == null) {
			return null;
		}
		if (type == Double.class) {
			return ((Number) value).doubleValue();
		}
		if (type == Integer.class) {
			return ((Number) value).intValue();
		}
		if (type == Long.class) {
			return ((Number) value).longValue();
		}
		if (type.isEnum()) {
			return value.toString().isEmpty() ? null : constant((Class<? extends Enum>) type, value.toString());
		}
		return value;
	}

	/** Each enum's constants by their label, found once per enum. */
	private static final ClassValue<Map<String, Enum<?>>> BY_LABEL = new ClassValue<>() {

		@Override
		protected Map<String, Enum<?>> computeValue(Class<?> type) {
			Map<String, Enum<?>> byLabel = new HashMap<>();
			for (Object constant : type.getEnumConstants()) {
				byLabel.put(label((Enum<?>) constant), (Enum<?>) constant);
			}
			return byLabel;
		}

	};

	private static <E extends Enum<E>> E constant(Class<E> type, String label) {
		Enum<?> constant = BY_LABEL.get(type).get(label);
		if (constant == null) {
			throw new IllegalArgumentException("no " + type.getSimpleName() + " is stored as '" + label + "'");
		}
		return type.cast(constant);
	}

	static String label(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static Object stored(Object value) {
		return value instanceof Enum<?> constant ? label(constant) : value;
	}

	private static Object read(Method accessor, Object row) {
		try {
			return accessor.invoke(row);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot read " + accessor, ex);
		}
	}

	static String columnName(String component) {
		return component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
	}

}
