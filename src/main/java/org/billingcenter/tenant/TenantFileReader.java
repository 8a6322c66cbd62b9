package org.billingcenter.tenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.UnboundElementsSourceFilter;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;

/**
 * Reads one tenant file with Spring's own binder, so a tenant file is written like
 * {@code application.yml} (kebab-case keys, lists, typed values) and a mistake is reported with
 * the file and the property path, e.g. {@code field 'price-list[0].prices[1].site'}.
 */
class TenantFileReader {

    private static final String ROOT = "tenant";

    private final Validator validator;

    TenantFileReader(Validator validator) {
        this.validator = validator;
    }

    TenantDefinition read(Path file) {
        Binder binder = new Binder(ConfigurationPropertySources.from(load(file)));
        try {
            TenantDefinition definition = binder.bindOrCreate(ROOT, Bindable.of(TenantDefinition.class),
                    new ValidationBindHandler(new NoUnboundElementsBindHandler(BindHandler.DEFAULT), validator));
            new TenantRules(file, definition).check();
            return definition;
        } catch (BindException e) {
            throw describe(file, e);
        }
    }

    private static PropertySource<?> load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new TenantFileException(file, "is not a readable file");
        }
        try {
            List<PropertySource<?>> documents = new YamlPropertySourceLoader().load(file.toString(), new FileSystemResource(file));
            if (documents.size() != 1) {
                throw new TenantFileException(file, "must hold exactly one YAML document");
            }
            Map<String, Object> prefixed = new LinkedHashMap<>();
            MapPropertySource document = (MapPropertySource) documents.getFirst();
            for (String name : document.getPropertyNames()) {
                prefixed.put(ROOT + "." + name, document.getProperty(name));
            }
            return new MapPropertySource(file.toString(), prefixed);
        } catch (IOException | RuntimeException e) {
            if (e instanceof TenantFileException known) {
                throw known;
            }
            throw new TenantFileException(file, "is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static TenantFileException describe(Path file, BindException e) {
        if (e.getCause() instanceof BindValidationException invalid) {
            var error = invalid.getValidationErrors().getAllErrors().getFirst();
            String owner = invalid.getValidationErrors().getName().toString();
            String prefix = owner.equals(ROOT) ? "" : strip(owner) + ".";
            String field = error instanceof FieldError fieldError ? prefix + kebab(fieldError.getField()) : strip(owner);
            return new TenantFileException(file, field, error.getDefaultMessage());
        }
        if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
            String name = unbound.getUnboundProperties().iterator().next().getName().toString();
            return new TenantFileException(file, strip(name), "is not a known setting");
        }
        String property = e.getProperty() != null ? e.getProperty().getName().toString() : e.getName().toString();
        String reason = e.getCause() != null ? rootMessage(e.getCause()) : e.getMessage();
        return new TenantFileException(file, strip(property), reason);
    }

    private static String strip(String name) {
        return name.startsWith(ROOT + ".") ? name.substring(ROOT.length() + 1) : name;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "has a value that cannot be used: " + root.getMessage();
    }
}
