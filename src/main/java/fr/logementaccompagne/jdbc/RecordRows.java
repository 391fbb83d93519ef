package fr.logementaccompagne.jdbc;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.BeanUtils;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.util.ClassUtils;

/**
 * Maps each row to a record, a component to the column of the same name in camelCase or snake_case
 * ({@code basinCode} to {@code basin_code}), matched once per result set from its metadata.
 *
 * <p>Why not {@code JdbcClient.query(Record.class)}: Spring's {@code SimplePropertyRowMapper} (and
 * {@code DataClassRowMapper}) ask the driver for the column {@code basinCode} first and catch the
 * {@code SQLException} before trying {@code basin_code}. That is one exception per multi-word component per row,
 * which H2 also writes with its stack trace to the database's {@code .trace.db} file (1.1 MB per access pathway,
 * issue 15). Use {@code .query(RecordRows.of(MyRecord.class))} instead.
 */
public final class RecordRows<T extends Record> implements RowMapper<T> {

  private static final ConversionService CONVERSIONS = DefaultConversionService.getSharedInstance();

  private final Class<T> type;
  private final RecordComponent[] components;
  private final Constructor<T> constructor;
  private ResultSet indexedResultSet;
  private int[] columnIndexes;

  private RecordRows(Class<T> type) {
    this.type = type;
    this.components = type.getRecordComponents();
    this.constructor = BeanUtils.getResolvableConstructor(type);
  }

  /** A mapper for one query: it remembers the column indexes of the result set it reads. */
  public static <T extends Record> RowMapper<T> of(Class<T> type) {
    return new RecordRows<>(type);
  }

  @Override
  public T mapRow(ResultSet row, int rowNumber) throws SQLException {
    if (row != indexedResultSet) {
      columnIndexes = indexesOf(row.getMetaData());
      indexedResultSet = row;
    }
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Class<?> target = components[i].getType();
      Object value = JdbcUtils.getResultSetValue(row, columnIndexes[i], target);
      arguments[i] = value == null || ClassUtils.isAssignableValue(target, value) ? value
          : CONVERSIONS.convert(value, target);
    }
    return BeanUtils.instantiateClass(constructor, arguments);
  }

  private int[] indexesOf(ResultSetMetaData columns) throws SQLException {
    Map<String, Integer> byName = new HashMap<>();
    for (int column = 1; column <= columns.getColumnCount(); column++) {
      byName.putIfAbsent(comparable(JdbcUtils.lookupColumnName(columns, column)), column);
    }
    int[] indexes = new int[components.length];
    for (int i = 0; i < components.length; i++) {
      Integer index = byName.get(comparable(components[i].getName()));
      if (index == null) {
        throw new IllegalStateException("No column for " + type.getSimpleName() + "." + components[i].getName()
            + " among " + byName.keySet());
      }
      indexes[i] = index;
    }
    return indexes;
  }

  /** {@code basin_code}, {@code BASIN_CODE} and {@code basinCode} compare equal. */
  private static String comparable(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }
}
