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
 * the constant's name in lower case with spaces for underscores ({@code more than}). A
 * reader that does not need some columns reads {@link #without} them.
 */
final class RecordColumns<R extends Record> {

	private final List<String> names;

	/** The columns a query selects: all but those a reader left {@link #without}. */
	private final List<String> selected;

	private final List<Method> accessors;

	private final List<Class<?>> types;

	private final Constructor<R> constructor;

	RecordColumns(Class<R> type) {
		RecordComponent[] components = type.getRecordComponents();
		this.names = Arrays.stream(components).map((c) -> columnName(c.getName())).toList();
		this.accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toList();
		this.types = Arrays.stream(components).<Class<?>>map(RecordComponent::getType).toList();
		this.selected = this.names;
		try {
			this.constructor = type.getDeclaredConstructor(this.types.toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type + " has no canonical constructor", ex);
		}
	}

	private RecordColumns(RecordColumns<R> all, List<String> selected) {
		this.names = all.names;
		this.accessors = all.accessors;
		this.types = all.types;
		this.constructor = all.constructor;
		this.selected = selected;
	}

	/**
	 * The columns but these, for a reader that does not need them (a large text): a query
	 * selects the rest ({@link #list()}), and a row read back holds null, or 0, for each
	 * column left out. Rows are written with every column, never through this view.
	 */
	RecordColumns<R> without(String... columns) {
		List<String> left = List.of(columns);
		for (String column : left) {
			if (!this.names.contains(column)) {
				throw new IllegalArgumentException(
						this.constructor.getDeclaringClass().getSimpleName() + " has no column " + column);
			}
		}
		return new RecordColumns<>(this, this.names.stream().filter((n) -> !left.contains(n)).toList());
	}

	/** The columns a query selects, comma-separated, in the record's order. */
	String list() {
		return String.join(", ", this.selected);
	}

	/** The columns over a table alias: {@code x.FILE, x.SEQ, …}. */
	String list(String alias) {
		return this.selected.stream().map((n) -> alias + "." + n).collect(Collectors.joining(", "));
	}

	List<String> names() {
		return this.names;
	}

	/** {@code INSERT INTO table (…) VALUES (?, …)}, for {@link #values}. */
	String insert(String table) {
		requireEveryColumn();
		return "INSERT INTO " + table + " (" + list() + ") VALUES ("
				+ String.join(", ", Collections.nCopies(this.names.size(), "?")) + ")";
	}

	/** A row's values in column order, an enum as its label. */
	Object[] values(R row) {
		requireEveryColumn();
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

	private void requireEveryColumn() {
		if (this.selected != this.names) {
			throw new IllegalStateException("a row is written with every column");
		}
	}

	/**
	 * Maps rows by column name; a query must select every column of {@link #list()}. It
	 * finds the columns in the first row of each result set it is given (Spring's
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
						String name = names.get(i);
						this.indexes[i] = selected.contains(name) ? rs.findColumn(name) : 0;
					}
				}
				Object[] args = new Object[this.indexes.length];
				for (int i = 0; i < args.length; i++) {
					Class<?> type = types.get(i);
					args[i] = this.indexes[i] > 0 ? value(rs, this.indexes[i], type) : absent(type);
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

	private static Object absent(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		return type == double.class ? (Object) 0.0 : type == long.class ? (Object) 0L : (Object) 0;
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
