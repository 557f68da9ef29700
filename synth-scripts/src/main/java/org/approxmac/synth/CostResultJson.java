package org.approxmac.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * JSON form of {@link CostResult}: snake_case keys ({@code area_unit}, {@code delay_ns}, {@code energy_pj},
 * ...) in alphabetical order, maps sorted, for stable files.
 */
public final class CostResultJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CostResultJson() {
    }

    public static String write(CostResult result) {
        return write((Object) result);
    }

    /**
     * One JSON object whose {@code designs} array holds one object per result: the shape every
     * approxmac JSON output with several designs shares (synth, sweep, report; docs/report.md).
     */
    public static String writeAll(List<CostResult> results) {
        return write((Object) java.util.Map.of("designs", results));
    }

    /**
     * {@link #writeAll(List)} with {@code extra}'s fields added to each design's object (e.g. figures per
     * multiply-accumulate that need the design's spec).
     */
    public static String writeAll(List<CostResult> results, Function<CostResult, Map<String, Object>> extra) {
        List<Map<String, Object>> designs = new ArrayList<>();
        for (CostResult r : results) {
            Map<String, Object> o = new TreeMap<>(MAPPER.convertValue(r, new TypeReference<Map<String, Object>>() { }));
            o.putAll(extra.apply(r));
            designs.add(o);
        }
        return write((Object) Map.of("designs", designs));
    }

    public static CostResult read(String json) {
        try {
            return MAPPER.readValue(json, CostResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a cost result: " + e.getOriginalMessage(), e);
        }
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
