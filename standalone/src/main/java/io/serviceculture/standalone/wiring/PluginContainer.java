package io.serviceculture.standalone.wiring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.AnnotationConfigUtils;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The plugin's Spring context, built as Jira's Spring Scanner runtime builds it: every {@code imports} line bound
 * to the host's service under its bean name, every {@code component} line a bean made by constructor injection.
 */
public final class PluginContainer implements AutoCloseable {
    private final GenericApplicationContext context = new GenericApplicationContext();
    private final ClassLoader loader;
    private final List<ScannerIndex.Entry> exports;

    public PluginContainer(ScannerIndex index, HostServices services, ClassLoader loader) {
        this.loader = loader;
        this.exports = List.copyOf(index.exports());
        context.setClassLoader(loader);
        context.setDisplayName("plugin");
        AnnotationConfigUtils.registerAnnotationConfigProcessors(context);
        for (ScannerIndex.Entry imported : index.imports()) {
            Object service = services.require(imported.className(), imported.beanName());
            context.getBeanFactory().registerSingleton(imported.beanName(), service);
        }
        Set<String> components = new HashSet<>();
        for (ScannerIndex.Entry component : index.components()) {
            RootBeanDefinition definition = new RootBeanDefinition(load(component.className()));
            definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            context.registerBeanDefinition(component.beanName(), definition);
            components.add(component.className());
        }
        for (ScannerIndex.Entry exported : index.exports()) {
            if (!components.contains(exported.className())) {
                throw new PluginWiringException(
                        "The plugin exports " + exported.className() + ", which is not one of its components");
            }
            if (exported.extra().isPresent()) {
                for (String type : exported.extra().get().split(",")) {
                    if (!load(type.strip()).isAssignableFrom(load(exported.className()))) {
                        throw new PluginWiringException(
                                exported.className() + " is exported as " + type + " but does not implement it");
                    }
                }
            }
        }
        try {
            context.refresh();
        } catch (BeansException e) {
            throw new PluginWiringException("The plugin's beans could not be built: " + e.getMessage(), e);
        }
    }

    /** The component bean of this class, or a new object made by constructor injection from the plugin's beans. */
    public <T> T instance(Class<T> type) {
        String[] names = context.getBeanNamesForType(type);
        for (String name : names) {
            Object bean = context.getBean(name);
            if (bean.getClass() == type) {
                return type.cast(bean);
            }
        }
        AutowireCapableBeanFactory factory = context.getAutowireCapableBeanFactory();
        return type.cast(factory.createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }

    /** The component beans the plugin exports as this interface, in the index's order. */
    public <T> List<T> exportedAs(Class<T> type) {
        List<T> beans = new ArrayList<>();
        for (ScannerIndex.Entry exported : exports) {
            boolean named = exported.extra()
                    .map(e -> Arrays.stream(e.split(",")).map(String::strip).anyMatch(type.getName()::equals))
                    .orElse(false);
            if (named) {
                beans.add(type.cast(instance(exported.className())));
            }
        }
        return beans;
    }

    public Object instance(String className) {
        return instance(load(className));
    }

    public Class<?> load(String className) {
        try {
            return Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginWiringException("The plugin names " + className + ", which is not on its classpath", e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
