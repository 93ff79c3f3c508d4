package org.mizan.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * A table's columns as the components of a record: {@code startOffset} is the column {@code START_OFFSET}. The
 * record is the one place that lists them; statements are written from it and rows are read back into it by name.
 * An enum is stored as its label, the constant's name in lower case with spaces for underscores ({@code more than}).
 */
final class RecordColumns<R extends Record> {

	private static final DefaultConversionService LABELS = new DefaultConversionService();

	static {
		LABELS.addConverterFactory(new LabelToEnum());
	}

	private final List<String> names;

	private final List<Method> accessors;

	private final RowMapper<R> mapper;

	RecordColumns(Class<R> type) {
		RecordComponent[] components = type.getRecordComponents();
		this.names = Arrays.stream(components).map((c) -> columnName(c.getName())).toList();
		this.accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toList();
		DataClassRowMapper<R> byName = new DataClassRowMapper<>(type);
		byName.setConversionService(LABELS);
		this.mapper = byName;
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

	/** Maps a row by column name; a query must select every column of the record. */
	RowMapper<R> mapper() {
		return this.mapper;
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

	/** Reads a stored label back to its constant. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static final class LabelToEnum implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> type) {
			return (label) -> {
				if (label.isEmpty()) {
					return null;
				}
				for (T constant : type.getEnumConstants()) {
					if (label(constant).equals(label)) {
						return constant;
					}
				}
				throw new IllegalArgumentException("no " + type.getSimpleName() + " is stored as '" + label + "'");
			};
		}

	}

}
